package app

import "testing"

func TestRelationSentence(t *testing.T) {
	for _, tc := range []struct{ from, kind, to, want string }{
		{"Massoud Rajavi", "leads", "Mujahedin-e Khalq", "Massoud Rajavi leads Mujahedin-e Khalq"},
		{"Arben Çuçi", "member of", "National Police", "Arben Çuçi member of National Police"},
		{"US Department of State", "designated as a terrorist organization", "this organization",
			"US Department of State designated this organization as a terrorist organization"},
		{"The court", "Recognised AS  a party", "the NCRI", "The court Recognised the NCRI AS a party"},
		{"Edi Rama", "appointed as head of", "the Ministry", "Edi Rama appointed as head of the Ministry"},
		{"NCRI", "known as", "MEK", "NCRI known as MEK"},
		{"A", "", "B", "A … B"},
		{"A", "  spokesperson\nfor ", "B", "A spokesperson for B"},
	} {
		if got := RelationSentence(tc.from, tc.kind, tc.to); got != tc.want {
			t.Errorf("RelationSentence(%q, %q, %q) = %q, want %q", tc.from, tc.kind, tc.to, got, tc.want)
		}
	}
}
