package retrieval

import (
	"context"
	"testing"
)

// TestEvalQuality measures retrieval on the question files: the dev set, paraphrased
// questions about the shipped article, and an article the engine was not built on.
func TestEvalQuality(t *testing.T) {
	if raceDetector {
		t.Skip("every question file ranked once: single-threaded, measured without the race detector, which CI runs too")
	}
	ctx := context.Background()
	// The minimums are regression guards set just under what the engine measures; the
	// issue's targets and the measured figures are in the README.
	minimums := map[string]struct{ r1, r3, speaker float64 }{
		"dev":               {0.95, 1, 0.95},
		"paraphrase":        {0.55, 0.7, 0.6},
		"dev-paraphrase":    {0.6, 0.85, 0.8},
		"fresh-paraphrase":  {0.5, 0.75, 0.75},
		"blind-paraphrase":  {0.38, 0.78, 0.7},
		"blind2-paraphrase": {0.45, 0.75, 0.7},
		"blind3-paraphrase": {0.55, 0.75, 0.75},
		"unseen":            {0.7, 0.9, 0.85},
		"fresh-unseen":      {0.55, 0.85, 0.75},
		"airline":           {0.4, 0.75, 0.8},
		"hospital":          {0.8, 0.9, 0.9},
		"mine":              {0.7, 0.83, 0.75},
		"insurer":           {0.5, 0.85, 0.85},
		"glacier":           {0.7, 0.9, 0.9},
		"transit":           {0.75, 0.85, 0.85},
		"chipmaker":         {0.6, 0.8, 0.75},
		"measles":           {0.7, 0.85, 0.8},
		"governor":          {0.5, 0.75, 0.75},
		"rivers":            {0.7, 0.8, 0.75},
		"courts":            {0.45, 0.7, 0.6},
		"ballpark":          {0.35, 0.7, 0.6},
		"wildfire":          {0.55, 0.65, 0.7},
		"profile":           {0.5, 0.55, 0.55},
		"schools":           {0.6, 0.8, 0.8},
		"ebike":             {0.4, 0.75, 0.75},
		"wire":              {0.6, 0.75, 0.65},
		"study":             {0.65, 0.85, 0.85},
		"police":            {0.5, 0.75, 0.8},
		"earnings":          {0.7, 0.95, 0.6},
		"obituary":          {0.65, 0.8, 0.5},
		"interview":         {0.45, 0.8, 0.85},
		"sports":            {0.5, 0.6, 0.6},
		"explainer":         {0.4, 0.7, 0.65},
		"live":              {0.75, 0.85, 0.75},
		"transcript":        {0.55, 0.75, 0.75},
		"release":           {0.7, 0.8, 0.85},
		"magazine":          {0.75, 0.9, 0.6},
		"diplomacy":         {0.6, 0.8, 0.85},
		"sanctions":         {0.65, 0.85, 0.85},
		"council":           {0.4, 0.7, 0.7},
		"investigation":     {0.6, 0.9, 0.85},
		"antibiotic":        {0.55, 0.8, 0.8},
		"congress":          {0.7, 0.8, 0.75},
		"dispatch":          {0.75, 0.85, 0.95},
		"grocery":           {0.6, 0.75, 0.7},
		"column":            {0.5, 0.7, 0.75},
		"launch":            {0.5, 0.8, 0.8},
		"smoke":             {0.75, 0.9, 0.8},
		"delta":             {0.6, 0.8, 0.75},
		"trial":             {0.4, 0.6, 0.45},
		"election":          {0.45, 0.7, 0.5},
		"markets":           {0.8, 0.95, 0.85},
		"parliament":        {0.75, 0.85, 0.7},
		"acronyms":          {0.55, 0.9, 0.85},
		"crime":             {0.4, 0.55, 0.5},
		"dialogue":          {0.2, 0.55, 0.45},
		"asia":              {0.6, 0.75, 0.65},
		"naval":             {0.5, 0.75, 0.8},
		"politics":          {0.65, 0.9, 0.8},
		"merger":            {0.45, 0.7, 0.7},
		"ferry":             {0.35, 0.7, 0.5},
		"grain":             {0.5, 0.85, 0.8},
		"natsec":            {0.6, 0.75, 0.7},
		"apintl":            {0.6, 0.85, 0.85},
		"atlantic":          {0.75, 0.95, 0.9},
		"fpnews":            {0.6, 0.8, 0.8},
		"reuters":           {0.6, 0.75, 0.8},
		"nytimes":           {0.6, 0.75, 0.6},
		"guardian":          {0.55, 0.8, 0.7},
		"fpargument":        {0.65, 0.8, 0.6},
		"aljazeera":         {0.6, 0.8, 0.75},
		"politicoeu":        {0.65, 0.85, 0.8},
		"economist":         {0.85, 0.95, 0.95},
		"wapo":              {0.6, 0.85, 0.8},
		"cnn":               {0.75, 0.85, 0.75},
		"bloomberg":         {0.65, 0.9, 0.7},
		"fpcolumn":          {0.65, 0.75, 0.8},
		"axios":             {0.65, 0.8, 0.9},
		"reutersupdate":     {0.55, 0.9, 0.85},
		"substack":          {0.65, 0.9, 0.65},
		"fpsuffix":          {0.75, 0.95, 0.85},
		"mdlinks":           {0.6, 0.9, 0.85},
		"hardwrap":          {0.7, 0.75, 0.65},
		"fpinterview":       {0.45, 0.7, 0.7},
		"fpdispatch":        {0.65, 0.85, 0.8},
		"fptwoauthors":      {0.6, 0.95, 0.9},
		"fpexplainer":       {0.4, 0.8, 0.85},
		"fpeditorsnote":     {0.65, 0.75, 0.8},
		"fpclaims":          {0.45, 0.75, 0.8},
		"fpbackdoor":        {0.45, 0.7, 0.65},
		"fpcable":           {0.5, 0.75, 0.6},
		"fpaid":             {0.3, 0.65, 0.6},
		"fppipeline":        {0.5, 0.75, 0.55},
		"fpcamp":            {0.6, 0.85, 0.8},
		"fpdebt":            {0.55, 0.7, 0.5},
		"fpstrait":          {0.55, 0.85, 0.7},
		"fpprofile":         {0.65, 0.85, 0.7},
		"fpsanctionsarg":    {0.6, 0.85, 0.85},
		"fpcyber":           {0.6, 0.9, 0.7},
		"fparmssale":        {0.5, 0.9, 0.7},
		"fpunveto":          {0.6, 0.8, 0.6},
		"fpmigration":       {0.75, 0.9, 0.7},
		"fpdisinfo":         {0.5, 0.9, 0.6},
		"fpclimate":         {0.65, 0.8, 0.75},
		"fpintel":           {0.65, 0.9, 0.65},
		"fpnuclear":         {0.8, 0.95, 0.7},
		"fpterror":          {0.8, 0.95, 0.7},
		"all-articles":      {0.45, 0.63, 0.6},
	}
	for _, set := range evalSets(t) {
		t.Run(set.name, func(t *testing.T) {
			ix, err := NewIndex(ctx, set.docs)
			if err != nil {
				t.Fatal(err)
			}
			rep, err := Evaluate(ctx, ix, set.qs)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("R@1 %.3f R@3 %.3f MRR %.3f speaker %.3f (%d)", rep.Recall1, rep.Recall3, rep.MRR, rep.SpeakerAccuracy, rep.SpeakerQuestions)
			for _, m := range rep.Misses {
				t.Logf("miss %s %q rank %d got %s", m.Question.ID, m.Question.Q, m.HitRank, m.Got)
			}
			min := minimums[set.name]
			if rep.Recall1 < min.r1 || rep.Recall3 < min.r3 || rep.SpeakerAccuracy < min.speaker {
				t.Errorf("below minimums R@1 %.2f R@3 %.2f speaker %.2f", min.r1, min.r3, min.speaker)
			}
		})
	}
}
