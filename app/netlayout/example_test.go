package netlayout_test

import (
	"fmt"

	"casefile/app/netlayout"
)

// A drawing of the network, as the PDF briefing might make one: lay the
// graph out, choose a size at which the labels fit, and ask where they go.
func Example() {
	nodes := []netlayout.Node{
		{ID: "mek", Label: "MEK (PMOI)", Kind: netlayout.KindOrganization},
		{ID: "ncri", Label: "NCRI", Kind: netlayout.KindOrganization},
		{ID: "maryam", Label: "Maryam Rajavi", Kind: netlayout.KindPerson},
	}
	edges := []netlayout.Edge{
		{From: "ncri", To: "mek", Label: "political arm of"},
		{From: "maryam", To: "ncri", Label: "leads"},
	}
	// Sizes in points, for 8-point text on paper.
	opts := netlayout.Options{NodeSize: 14, CharWidth: 4.4, LabelHeight: 10, EdgeLength: 50}
	nodes = netlayout.Layout(nodes, edges, opts)
	width := max(netlayout.FitScale(nodes, opts), 200) // points across the page
	nodeLabels, edgeLabels := netlayout.PlaceLabels(nodes, edges, width, opts, "")
	for i, n := range nodes {
		_ = n.X * width // draw the node's shape here, and its label at nodeLabels[i]
		fmt.Println(n.Label, nodeLabels[i].Shown)
	}
	for i, e := range edges {
		fmt.Println(e.Label, edgeLabels[i].Shown)
	}
	// Output:
	// MEK (PMOI) true
	// NCRI true
	// Maryam Rajavi true
	// political arm of true
	// leads true
}
