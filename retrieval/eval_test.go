package retrieval

import (
	"context"
	"testing"
)

// TestNamesSpeaker checks how an eval question's expected speaker is found among a hit
// passage's speakers: by name, or an unnamed source by "anonymous: " and its role.
func TestNamesSpeaker(t *testing.T) {
	speakers := []Speaker{
		{Name: "Hanne Rostvik", Role: "IMF mission chief"},
		{Role: "diplomats familiar with the negotiations", Anonymous: true},
	}
	tests := []struct {
		want string
		ok   bool
	}{
		{"Hanne Rostvik", true},
		{"hanne rostvik", true},
		{"anonymous: diplomats familiar with the negotiations", true},
		{"Anonymous: Diplomats familiar with the negotiations", true},
		{"diplomats familiar with the negotiations", false}, // a role is no name
		{"anonymous: IMF mission chief", false},             // she is named
		{"anonymous: diplomats", false},
		{"Teodora Lindqvist-Amari", false},
	}
	for _, tt := range tests {
		if got := namesSpeaker(speakers, tt.want); got != tt.ok {
			t.Errorf("namesSpeaker(%q) = %v, want %v", tt.want, got, tt.ok)
		}
	}
}

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
		"paraphrase":        {0.55, 0.75, 0.75},
		"dev-paraphrase":    {0.65, 0.85, 0.8},
		"fresh-paraphrase":  {0.5, 0.75, 0.75},
		"blind-paraphrase":  {0.45, 0.8, 0.7},
		"blind2-paraphrase": {0.5, 0.75, 0.8},
		"blind3-paraphrase": {0.6, 0.75, 0.8},
		"unseen":            {0.75, 0.9, 0.9},
		"fresh-unseen":      {0.6, 0.85, 0.8},
		"airline":           {0.65, 0.75, 0.8},
		"hospital":          {0.8, 0.9, 0.9},
		"mine":              {0.7, 0.9, 0.85},
		"insurer":           {0.6, 0.9, 0.9},
		"glacier":           {0.75, 0.9, 0.9},
		"transit":           {0.7, 0.8, 0.8},
		"chipmaker":         {0.65, 0.8, 0.75},
		"measles":           {0.8, 0.9, 0.9},
		"governor":          {0.55, 0.85, 0.85},
		"rivers":            {0.75, 0.8, 0.75},
		"courts":            {0.45, 0.7, 0.6},
		"ballpark":          {0.45, 0.7, 0.7},
		"wildfire":          {0.55, 0.75, 0.8},
		"profile":           {0.5, 0.7, 0.6},
		"schools":           {0.65, 0.9, 0.9},
		"ebike":             {0.5, 0.85, 0.8},
		"wire":              {0.6, 0.75, 0.75},
		"study":             {0.7, 0.85, 0.9},
		"police":            {0.6, 0.75, 0.9},
		"earnings":          {0.85, 0.9, 0.9},
		"obituary":          {0.7, 0.8, 0.75},
		"interview":         {0.55, 0.8, 0.85},
		"sports":            {0.55, 0.65, 0.6},
		"explainer":         {0.5, 0.7, 0.7},
		"live":              {0.9, 0.9, 0.85},
		"transcript":        {0.6, 0.75, 0.75},
		"release":           {0.7, 0.85, 0.9},
		"magazine":          {0.85, 0.9, 0.65},
		"diplomacy":         {0.7, 0.95, 1},
		"sanctions":         {0.7, 0.9, 0.85},
		"council":           {0.5, 0.75, 0.75},
		"investigation":     {0.65, 1, 1},
		"antibiotic":        {0.6, 0.8, 0.85},
		"congress":          {0.75, 0.85, 0.9},
		"dispatch":          {0.75, 0.85, 1},
		"grocery":           {0.65, 0.75, 0.7},
		"column":            {0.5, 0.8, 0.8},
		"launch":            {0.5, 0.85, 0.9},
		"smoke":             {0.75, 0.9, 0.85},
		"delta":             {0.6, 0.75, 0.7},
		"trial":             {0.35, 0.75, 0.75},
		"election":          {0.5, 0.7, 0.55},
		"markets":           {0.75, 0.95, 0.85},
		"parliament":        {0.75, 0.85, 0.8},
		"acronyms":          {0.65, 1, 1},
		"crime":             {0.5, 0.6, 0.6},
		"dialogue":          {0.4, 0.6, 0.55},
		"asia":              {0.65, 0.85, 0.8},
		"naval":             {0.5, 0.8, 0.85},
		"politics":          {0.7, 0.95, 0.9},
		"merger":            {0.5, 0.8, 0.75},
		"ferry":             {0.45, 0.75, 0.55},
		"grain":             {0.6, 0.85, 0.9},
		"natsec":            {0.7, 0.75, 0.65},
		"apintl":            {0.6, 0.8, 0.8},
		"atlantic":          {0.85, 0.95, 0.95},
		"fpnews":            {0.6, 0.8, 0.8},
		"reuters":           {0.6, 0.75, 0.75},
		"nytimes":           {0.65, 0.75, 0.65},
		"guardian":          {0.55, 0.85, 0.7},
		"fpargument":        {0.7, 0.85, 0.65},
		"aljazeera":         {0.7, 0.9, 0.9},
		"politicoeu":        {0.7, 0.85, 0.8},
		"economist":         {0.9, 1, 1},
		"wapo":              {0.7, 0.85, 0.8},
		"cnn":               {0.8, 0.85, 0.8},
		"bloomberg":         {0.75, 0.9, 0.8},
		"fpcolumn":          {0.7, 0.8, 0.8},
		"axios":             {0.65, 0.8, 0.9},
		"reutersupdate":     {0.65, 0.9, 0.85},
		"substack":          {0.8, 0.9, 0.85},
		"fpsuffix":          {0.8, 1, 1},
		"mdlinks":           {0.65, 0.9, 0.9},
		"hardwrap":          {0.75, 0.75, 0.65},
		"fpinterview":       {0.5, 0.75, 0.75},
		"fpdispatch":        {0.65, 0.9, 0.85},
		"fptwoauthors":      {0.7, 0.9, 0.85},
		"fpexplainer":       {0.55, 0.85, 0.85},
		"fpeditorsnote":     {0.65, 0.8, 0.8},
		"fpclaims":          {0.5, 0.85, 0.85},
		"fpbackdoor":        {0.5, 0.7, 0.7},
		"fpcable":           {0.7, 0.75, 0.65},
		"fpaid":             {0.45, 0.7, 0.7},
		"fppipeline":        {0.55, 0.85, 0.65},
		"fpcamp":            {0.75, 0.9, 0.9},
		"fpdebt":            {0.55, 0.8, 0.65},
		"fpstrait":          {0.45, 0.85, 0.75},
		"fpprofile":         {0.75, 0.85, 0.75},
		"fpsanctionsarg":    {0.7, 0.85, 0.85},
		"fpcyber":           {0.6, 0.9, 0.7},
		"fparmssale":        {0.65, 0.85, 0.75},
		"fpunveto":          {0.65, 0.75, 0.6},
		"fpmigration":       {0.8, 0.9, 0.7},
		"fpdisinfo":         {0.5, 0.9, 0.6},
		"fpclimate":         {0.75, 0.75, 0.75},
		"fpintel":           {0.6, 0.9, 0.7},
		"fpnuclear":         {0.85, 0.95, 0.75},
		"fpterror":          {0.9, 0.9, 0.7},
		"fpdam":             {0.6, 0.75, 0.65},
		"fpjunta":           {0.5, 0.75, 0.7},
		"fpfund":            {0.7, 0.75, 0.65},
		"fptreaty":          {0.7, 0.95, 0.85},
		"fpisland":          {0.65, 0.9, 0.9},
		"fpborder":          {0.55, 0.9, 0.8},
		"fpmercenary":       {0.75, 0.9, 0.85},
		"fpcurrency":        {0.5, 0.75, 0.7},
		"fpaudit":           {0.7, 0.95, 0.9},
		"automation":        {0.8, 0.95, 0.9},
		"shortage":          {0.5, 0.8, 0.8},
		"bookvote":          {0.55, 0.85, 0.95},
		"misconduct":        {0.6, 0.8, 0.75},
		"wells":             {0.6, 0.8, 0.75},
		"bodycam":           {0.5, 0.75, 0.75},
		"buses":             {0.45, 0.7, 0.7},
		"ratehike":          {0.5, 0.65, 0.65},
		"encampment":        {0.55, 0.85, 0.75},
		"outage":            {0.5, 0.75, 0.8},
		"ebooks":            {0.8, 0.85, 0.85},
		"peacekeepers":      {0.75, 0.85, 0.85},
		"phones":            {0.8, 0.95, 0.9},
		"leadpipes":         {0.55, 0.9, 0.85},
		"tanker":            {0.5, 0.8, 0.9},
		"wolves":            {0.5, 0.75, 0.8},
		"gradstrike":        {0.6, 0.9, 0.85},
		"seabed":            {0.65, 0.9, 0.9},
		"maternity":         {0.6, 0.85, 0.8},
		"rentals":           {0.5, 0.9, 0.85},
		"shutdown":          {0.55, 0.8, 0.8},
		"orchard":           {0.6, 0.9, 0.85},
		"recall":            {0.4, 0.8, 0.85},
		"envoy":             {0.55, 0.9, 0.85},
		"bridge":            {0.6, 0.85, 0.85},
		"vaping":            {0.6, 0.9, 0.85},
		"summit":            {0.6, 0.85, 0.8},
		"pharmacy":          {0.5, 0.85, 0.85},
		"stadiumjobs":       {0.65, 0.95, 0.95},
		"ceasefire":         {0.65, 0.85, 0.8},
		"daycare":           {0.6, 0.75, 0.65},
		"pipelinespill":     {0.45, 0.8, 0.7},
		"referendum":        {0.55, 0.9, 0.9},
		"nurses":            {0.65, 0.9, 0.85},
		"dredging":          {0.6, 0.9, 0.85},
		"zoningcourt":       {0.75, 0.9, 0.9},
		"fertilizer":        {0.8, 0.9, 0.9},
		"schoolstart":       {0.65, 0.9, 0.8},
		"supermerger":       {0.75, 0.95, 0.9},
		"floodaid":          {0.65, 0.95, 0.95},
		"policeboard":       {0.7, 0.95, 0.95},
		"layoffsmemo":       {0.6, 0.85, 0.85},
		"runoff":            {0.65, 0.8, 0.8},
		"eagles":            {0.65, 0.85, 0.85},
		"factcheck":         {0.75, 0.85, 0.85},
		"starinjury":        {0.8, 0.9, 0.7},
		"cometprobe":        {0.75, 0.85, 0.85},
		"bronzes":           {0.8, 0.9, 0.85},
		"nearmiss":          {0.6, 0.8, 0.8},
		"presidentquits":    {0.75, 0.9, 0.9},
		"ransomware":        {0.6, 0.85, 0.8},
		"famine":            {0.75, 0.85, 0.8},
		"festival":          {0.65, 0.85, 0.8},
		"boilwater":         {0.75, 0.85, 0.85},
		"containers":        {0.65, 0.9, 0.85},
		"trialpause":        {0.45, 0.9, 0.85},
		"centralbank":       {0.7, 0.85, 0.8},
		"leafblowers":       {0.65, 0.75, 0.75},
		"avalanche":         {0.6, 0.7, 0.75},
		"hydro":             {0.65, 0.9, 0.85},
		"painting":          {0.6, 0.8, 0.8},
		"norovirus":         {0.65, 0.9, 0.9},
		"heatwave":          {0.7, 0.85, 0.8},
		"repair":            {0.8, 0.95, 0.9},
		"whistleblower":     {0.65, 0.85, 0.8},
		"quarry":            {0.7, 0.85, 0.8},
		"transitstrike":     {0.85, 0.95, 0.85},
		"exhibit":           {0.8, 0.9, 0.75},
		"zoo":               {0.65, 0.8, 0.8},
		"chess":             {0.7, 0.8, 0.85},
		"branches":          {0.8, 0.95, 0.95},
		"manuscript":        {0.65, 0.75, 0.75},
		"fishing":           {0.9, 1, 0.95},
		"lottery":           {0.65, 0.9, 0.85},
		"vineyard":          {0.9, 0.95, 0.9},
		"datacentre":        {0.8, 0.95, 0.75},
		"broadcaster":       {0.6, 0.65, 0.6},
		"orchestra":         {0.75, 0.9, 0.9},
		"pension":           {0.55, 0.9, 0.85},
		"tolls":             {0.75, 0.9, 0.95},
		"surgery":           {0.8, 0.95, 0.95},
		"parkpass":          {0.8, 0.95, 0.95},
		"sidewalks":         {0.75, 0.85, 0.8},
		"bees":              {0.55, 0.9, 0.9},
		"rink":              {0.85, 0.95, 0.95},
		"subtitles":         {0.8, 0.9, 0.8},
		"airport":           {0.8, 0.95, 0.95},
		"classics":          {0.75, 0.9, 0.75},
		"canal":             {0.95, 0.95, 0.95},
		"all-articles":      {0.45, 0.62, 0.6},
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
