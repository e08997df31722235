#!/bin/sh
# Makes the test documents of app/sourcefile/testdata from the texts in
# app/sourcefile/testdata/src, with the real tools an analyst's sources come
# from: groff (ms macros, gropdf) for one- and two-column PDFs with footnotes
# and running headers and footers; pandoc for a Word file with footnotes, a
# table, lists, a tracked change and a comment; LibreOffice (headless) for
# the OpenDocument copy and a PDF of it; Python's email package for e-mails
# with attachments; and casefile's own briefings in three scripts. Needs: go, groff, pandoc, libreoffice-writer-nogui,
# poppler-utils, python3.
# Run from the repository root: sh scripts/make-sourcefile-testdata.sh
set -eu
src=app/sourcefile/testdata/src
out=app/sourcefile/testdata
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The report as groff ms: headings (a line alone before a paragraph),
# paragraphs, two footnotes, a running footer and page numbers at the top.
python3 - "$src/report.txt" "$tmp/body.ms" <<'PY'
import sys
heads = {"Summary of the review", "Background", "What the parties say", "Records examined", "Assessment", "Recommendations"}
notes = {"seasonal quotas.": "Regional decree on reservoir allocation, annex two.",
         "convenient fiction.": "Interview with the review team, 12 May."}
out = []
for line in open(sys.argv[1], encoding="utf-8").read().split("\n"):
    if not line:
        continue
    if line in heads:
        out += [".SH", line]
        continue
    out.append(".PP")
    for end, note in notes.items():
        if end in line:
            a, b = line.split(end, 1)
            line = a + end + "\\**\n.FS\n" + note + "\n.FE\n" + b.lstrip()
    out.append(line)
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out) + "\n")
PY
head='.ds LF Varnel Valley water review
.ds RF Draft for comment
.ds CF
.ds CH \- % \-
.nr PS 11
.nr VS 13
.TL
Irrigation shortfall in the Varnel Valley
.AU
Review team of the regional water board
'
{ printf '%s' "$head"; cat "$tmp/body.ms"; } >"$tmp/report-1col.ms"
{ printf '%s' "$head"; printf '.2C\n'; cat "$tmp/body.ms"; } >"$tmp/report-2col.ms"
for n in report-1col report-2col; do
	groff -ms -Tpdf -P-pa4 "$tmp/$n.ms" >"$out/$n.pdf"
done

# The report as Markdown for pandoc: the same headings and footnotes, a
# list, a table, a tracked insertion and deletion and a comment.
python3 - "$src/report.txt" "$tmp/report.md" <<'PY'
import sys
heads = {"Summary of the review", "Background", "What the parties say", "Records examined", "Assessment", "Recommendations"}
text = open(sys.argv[1], encoding="utf-8").read()
text = text.replace("seasonal quotas.", "seasonal quotas.[^1]").replace("convenient fiction.", "convenient fiction.[^2]")
text = text.replace("about 120,000 cubic metres",
    'about [120,000]{.deletion author="Editor" date="2026-05-01T10:00:00Z"}[125,000]{.insertion author="Editor" date="2026-05-01T10:00:00Z"} cubic metres')
text = text.replace("The company declined",
    '[Check this with the legal team.]{.comment-start id="1" author="Editor" date="2026-05-01T10:00:00Z"}The company declined[]{.comment-end id="1"}')
out = ["# Irrigation shortfall in the Varnel Valley", ""]
for line in text.split("\n"):
    if not line:
        continue
    out += [("## " + line) if line in heads else line, ""]
    if line.startswith("The review team obtained"):
        out += ["- the gauge log for the first quarter", "- the sluice maintenance schedule", "- the gazette issue of 2 March", ""]
        out += ["| Party | Shortfall (cubic metres) |", "|---|---|", "| Authority | 125,000 |", "| Councils | 300,000 |", ""]
out += ["[^1]: Regional decree on reservoir allocation, annex two.", "", "[^2]: Interview with the review team, 12 May.", ""]
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out))
PY
pandoc --track-changes=all "$tmp/report.md" -o "$out/report.docx"
soffice --headless --convert-to odt --outdir "$tmp" "$out/report.docx" >/dev/null
soffice --headless --convert-to pdf --outdir "$tmp" "$out/report.docx" >/dev/null
cp "$tmp/report.odt" "$out/report.odt"
cp "$tmp/report.pdf" "$out/report-lo.pdf"

# The same PDF encrypted with the password "varnel" (LibreOffice's PDF
# export), and a "scan": a page as a picture only, no text layer
# (poppler's pdftoppm draws the page, pandoc puts the picture in a Word
# file, LibreOffice makes a PDF of it).
mkdir "$tmp/enc"
soffice --headless --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"varnel"}}' \
	--outdir "$tmp/enc" "$out/report.docx" >/dev/null
cp "$tmp/enc/report.pdf" "$out/report-encrypted.pdf"
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$out/report-1col.pdf" "$tmp/page"
(cd "$tmp" && printf '![](page.png){width=16cm}\n' | pandoc -f markdown -o scan.docx)
soffice --headless --convert-to pdf --outdir "$tmp" "$tmp/scan.docx" >/dev/null
cp "$tmp/scan.pdf" "$out/scan.pdf"

# The project's own briefings in Cyrillic, Persian (Arabic script) and
# Vietnamese, printed by casefile from three small cases.
go build -tags "$(./scripts/buildinfo.sh tags)" -o "$tmp/casefile" .
for lang in ru fa vi; do
	python3 "$src/briefing-cases.py" "$lang" >"$tmp/$lang.json"
	"$tmp/casefile" import "$tmp/$lang.json" -o "$tmp/$lang.casefile" --force
	"$tmp/casefile" export "$tmp/$lang.casefile" --pdf "$out/briefing-$lang.pdf" --date 2026-05-19
done

# E-mails: a plain one forwarding the PDF and the Word file, and an HTML
# one with a plain alternative.
python3 - "$out" <<'PY'
import sys, email.message, email.utils, email.policy
out = sys.argv[1]
m = email.message.EmailMessage()
m["From"] = "Water Board Press Office <press@water-board.example>"
m["To"] = "Desk Officer <desk@ministry.example>, analysts@ministry.example"
m["Cc"] = "Ana Kovač <ana.kovac@ministry.example>"
m["Subject"] = "Fwd: Varnel Valley review (draft)"
m["Date"] = "Tue, 19 May 2026 09:41:00 +0200"
m["Message-ID"] = "<review-draft-1@water-board.example>"
m.set_content("Dear colleagues,\n\nplease find attached the draft review of the irrigation shortfall\nin the Varnel Valley, as a PDF and as a Word file.\n\nComments are welcome until 2 June.\n\nPress Office\n")
m.add_attachment(open(out + "/report-lo.pdf", "rb").read(), maintype="application", subtype="pdf", filename="Varnel review.pdf")
m.add_attachment(open(out + "/report.docx", "rb").read(), maintype="application",
    subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename="Varnel review.docx")
open(out + "/forward.eml", "wb").write(m.as_bytes(policy=email.policy.SMTP))
h = email.message.EmailMessage()
h["From"] = "=?utf-8?q?Ana_Kova=C4=8D?= <ana.kovac@ministry.example>"
h["To"] = "desk@ministry.example"
h["Subject"] = "=?utf-8?q?R=C3=A9sum=C3=A9_of_the_hearing?="
h["Date"] = "Wed, 20 May 2026 16:05:00 +0000"
h.set_content("The hearing is adjourned until Friday.\n")
h.add_alternative("<html><body><p>The hearing is <b>adjourned</b> until Friday.</p><p>Council chairs were present.</p></body></html>", subtype="html")
open(out + "/hearing.eml", "wb").write(h.as_bytes(policy=email.policy.SMTP))
PY
echo "made: $(ls "$out" | grep -v src | tr '\n' ' ')"
