package netlayout

import (
	"math"
	"slices"
	"testing"
)

// moved returns the mean and the largest distance, in the unit box, that
// the nodes of before moved to in after.
func moved(before, after []Node) (mean, most float64) {
	at := map[string]Node{}
	for _, n := range after {
		at[n.ID] = n
	}
	n := 0
	for _, b := range before {
		a, ok := at[b.ID]
		if !ok {
			continue
		}
		d := math.Hypot(a.X-b.X, a.Y-b.Y)
		mean += d
		most = max(most, d)
		n++
	}
	return mean / float64(n), most
}

func TestLayoutFromKeepsThePicture(t *testing.T) {
	nodes, edges := demoGraph()
	first := Layout(nodes, edges, Options{})
	// One more person, a member of the first organization.
	more := append(slices.Clone(nodes), Node{ID: "p-new", Label: "Hamid Azadi", Kind: KindPerson})
	moreEdges := append(slices.Clone(edges), Edge{From: "p-new", To: "o-mek", Label: "member of"})
	stable := LayoutFrom(first, more, moreEdges, Options{})
	fresh := Layout(more, moreEdges, Options{})
	checkBounded(t, stable)
	sm, sx := moved(first, stable)
	fm, fx := moved(first, fresh)
	t.Logf("adding a person moves the others by %.3f on average (at most %.3f); a fresh layout by %.3f (at most %.3f)", sm, sx, fm, fx)
	if sm > 0.02 || sx > 0.08 {
		t.Errorf("adding a person moved the others by %.3f on average, %.3f at most", sm, sx)
	}
	if scale := FitScale(stable, Options{}); scale > 0 {
		if pair, bad := labelsOverlap(stable, scale*1.001, 7, 16, 24); bad {
			t.Errorf("labels of %s overlap at the fit scale", pair)
		}
	}
	// The new node lies near its organization.
	var mek, nw Node
	for _, n := range stable {
		switch n.ID {
		case "o-mek":
			mek = n
		case "p-new":
			nw = n
		}
	}
	if d := math.Hypot(mek.X-nw.X, mek.Y-nw.Y); d > 0.35 {
		t.Errorf("the new member lies %.2f from its organization", d)
	}

	// Removing one person moves the others little too.
	fewer := slices.DeleteFunc(slices.Clone(nodes), func(n Node) bool { return n.ID == "p-ali" })
	less := LayoutFrom(first, fewer, edges, Options{})
	if m, x := moved(first, less); m > 0.02 || x > 0.08 {
		t.Errorf("removing a person moved the others by %.3f on average, %.3f at most", m, x)
	}
	// Nothing changed: nothing moves.
	if m, x := moved(first, LayoutFrom(first, nodes, edges, Options{})); x > 1e-9 {
		t.Errorf("the same graph again moved nodes by %.3f on average, %.3f at most", m, x)
	}
	// The same history gives the same picture; no history is Layout.
	if again := LayoutFrom(first, more, moreEdges, Options{}); !slices.Equal(again, stable) {
		t.Error("LayoutFrom is not deterministic")
	}
	if got := LayoutFrom(nil, more, moreEdges, Options{}); !slices.Equal(got, fresh) {
		t.Error("LayoutFrom with no history differs from Layout")
	}
}

func TestLayoutFromKeepsPinned(t *testing.T) {
	nodes, edges := demoGraph()
	first := Layout(nodes, edges, Options{})
	nodes[0].X, nodes[0].Y, nodes[0].Pinned = 0.9, 0.1, true
	got := LayoutFrom(first, nodes, edges, Options{})
	if got[0].X != 0.9 || got[0].Y != 0.1 {
		t.Errorf("a pinned node moved to (%v, %v)", got[0].X, got[0].Y)
	}
	// Odd history: NaN positions and unknown ids are ignored.
	odd := []Node{{ID: nodes[1].ID, X: math.NaN(), Y: 0.5}, {ID: "nobody", X: 0.5, Y: 0.5}}
	checkBounded(t, LayoutFrom(odd, nodes[1:], edges, Options{}))
}

func BenchmarkLayoutFrom500(b *testing.B) {
	nodes, edges := bigGraph(500)
	first := Layout(nodes, edges, Options{})
	more := append(slices.Clone(nodes), Node{ID: "new", Label: "New person", Kind: KindPerson})
	moreEdges := append(slices.Clone(edges), Edge{From: "new", To: nodes[0].ID, Label: "member of"})
	for b.Loop() {
		LayoutFrom(first, more, moreEdges, Options{})
	}
}
