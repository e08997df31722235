# Writes three small cases as Casefile JSON, one per script the briefing
# prints (Cyrillic, Persian in Arabic script, Vietnamese), for
# scripts/make-sourcefile-testdata.sh to print as briefings.
import json, sys
texts = {
    "ru": ("Обзор нехватки воды в долине Варнел",
           "Управление водного хозяйства начало проверку в марте, после того как три деревни ниже водохранилища сообщили, что их оросительные каналы пересохли на одиннадцать дней подряд. Инженеры объяснили нехватку ремонтом главного шлюза, а сельские советы — тайной договорённостью с заводом по розливу воды.",
           "Совет деревни Орск", "Каналы пересохли"),
    "fa": ("بررسی کمبود آب در دره وارنل",
           "اداره آب در ماه مارس پس از آنکه سه روستا در پایین دست مخزن گزارش دادند که کانال های آبیاری آنها یازده روز پیاپی خشک مانده است بررسی را آغاز کرد. مهندسان کمبود را به تعمیر دریچه اصلی نسبت دادند و شوراهای روستا آن را به توافقی پنهانی با یک کارخانه بطری سازی نسبت دادند.",
           "شورای روستای اورسک", "خشک شدن کانال های آبیاری"),
    "vi": ("Đánh giá tình trạng thiếu nước ở thung lũng Varnel",
           "Cơ quan quản lý nước đã mở cuộc đánh giá vào tháng Ba sau khi ba ngôi làng ở hạ lưu hồ chứa báo rằng kênh tưới của họ đã cạn khô trong mười một ngày liên tiếp. Các kỹ sư cho rằng nguyên nhân là việc bảo trì cống chính, còn hội đồng làng cho rằng đó là một thỏa thuận bí mật với nhà máy đóng chai.",
           "Hội đồng làng Orsk", "Kênh tưới cạn khô"),
}
lang = sys.argv[1]
title, body, org, event = texts[lang]
case = {
    "casefile": 1,
    "case": {"title": title, "summary": body, "as_of": "2026-05-19"},
    "sources": [{"id": "s1", "title": title, "kind": "report", "reliability": "B", "interest": "government", "text": body}],
    "organizations": [{"id": "o1", "name": org, "notes": body}],
    "events": [{"id": "e1", "date": "2026-03", "title": event, "description": body,
                "citations": [{"source": "s1"}]}],
}
json.dump(case, sys.stdout, ensure_ascii=False, indent=1)
