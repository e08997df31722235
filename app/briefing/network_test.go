package briefing

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"
)

// TestNetworkSectionOptional checks that the network is printed only when
// asked for, and that its names reach the PDF's text.
func TestNetworkSectionOptional(t *testing.T) {
	data := demoCase(t)
	doc, err := Build(data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range doc.Sections {
		if s.Name == "network" {
			t.Fatal("the network is printed by default")
		}
	}
	doc, err = Build(data, Options{Sections: []string{"network"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Sections) != 1 || doc.Sections[0].Name != "network" {
		t.Fatalf("sections = %+v", doc.Sections)
	}
	var net *Network
	for _, b := range doc.Sections[0].Blocks {
		if b.Network != nil {
			net = b.Network
		}
	}
	if net == nil || len(net.Nodes) != len(data.People)+len(data.Organizations) || len(net.Edges) != len(data.Relations) {
		t.Fatalf("network block = %+v", net)
	}
	if net.Width > doc.Paper.TextWidth()+0.01 || net.Height <= 0 {
		t.Errorf("drawing %v × %v mm does not fit %v mm", net.Width, net.Height, doc.Paper.TextWidth())
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed")
	}
	var buf bytes.Buffer
	if err := Render(doc, &buf); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("pdftotext", "-", "-")
	cmd.Stdin = &buf
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(out)), " ")
	for _, name := range []string{"Bledar Çuçi", "Mujahedin-e Khalq", "Maryam Rajavi", "political arm of"} {
		if !strings.Contains(text, name) {
			t.Errorf("the PDF's text lacks %q", name)
		}
	}
}
