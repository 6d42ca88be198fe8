package retrieval

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/articlebot/articlebot/docs"
)

// shippedDocuments loads the embedded article.
func shippedDocuments(t testing.TB) []Document {
	t.Helper()
	ds, err := LoadDocuments(docs.FS)
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

// testdataDocuments loads the articles in a folder of testdata: "unseen" (the test article
// the rules were not written for), "hospital" (a page saved as text written, with its
// questions and attribution gold, by someone who had not seen the engine) or "scraped"
// (the shipped article as scraped and the airline page).
func testdataDocuments(t testing.TB, folder string) []Document {
	t.Helper()
	ds, err := LoadDir(filepath.Join("..", "testdata", folder))
	if err != nil {
		t.Fatal(err)
	}
	return ds
}

func shippedIndex(t testing.TB) *Index {
	t.Helper()
	ix, err := NewIndex(context.Background(), shippedDocuments(t))
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// topTwo indexes one document with the weights and options given and returns its two
// best answers to the question.
func topTwo(t testing.TB, doc Document, question string, w FeatureWeights, options ...Option) []Answer {
	t.Helper()
	ctx := context.Background()
	ix, err := NewIndex(ctx, []Document{doc}, append(options, WithWeights(w))...)
	if err != nil {
		t.Fatal(err)
	}
	answers, err := ix.Answer(ctx, question, 2)
	if err != nil {
		t.Fatal(err)
	}
	return answers
}

func readQuestionFile(t testing.TB, path string) []Question {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	qs, err := ReadQuestions(f)
	if err != nil {
		t.Fatal(err)
	}
	return qs
}

// evalSet is a question file with the articles it asks about.
type evalSet struct {
	name string
	docs []Document
	qs   []Question
}

// evalSets are the question files: the dev set, paraphrased questions about the shipped
// article (freely, one per dev question, and a later fresh set of both kinds), questions
// about the test article (and a later fresh set) and the blind articles; and last all of
// their questions at once over all the articles, as a bot serving several
// articles sees them.
func evalSets(t testing.TB) []evalSet {
	t.Helper()
	shipped := shippedDocuments(t)
	sets := []evalSet{
		{"dev", shipped, readQuestionFile(t, "../testdata/eval/dev-questions.jsonl")},
		{"paraphrase", shipped, readQuestionFile(t, "../testdata/eval/paraphrase-questions.jsonl")},
		{"dev-paraphrase", shipped, readQuestionFile(t, "../testdata/eval/dev-paraphrase-questions.jsonl")},
		{"fresh-paraphrase", shipped, readQuestionFile(t, "../testdata/eval/fresh-paraphrase-questions.jsonl")},
		{"blind-paraphrase", shipped, readQuestionFile(t, "../testdata/eval/blind-paraphrase-questions.jsonl")},
		{"blind2-paraphrase", shipped, readQuestionFile(t, "../testdata/eval/blind2-paraphrase-questions.jsonl")},
		{"blind3-paraphrase", shipped, readQuestionFile(t, "../testdata/eval/blind3-paraphrase-questions.jsonl")},
		{"unseen", testdataDocuments(t, "unseen"), readQuestionFile(t, "../testdata/unseen/questions.jsonl")},
		{"fresh-unseen", testdataDocuments(t, "unseen"), readQuestionFile(t, "../testdata/unseen/fresh-questions.jsonl")},
		{"airline", testdataDocuments(t, "scraped"), readQuestionFile(t, "../testdata/scraped/airline-engine-recall-questions.jsonl")},
		{"hospital", testdataDocuments(t, "hospital"), readQuestionFile(t, "../testdata/hospital/hospital-staffing-strike-questions.jsonl")},
		{"mine", testdataDocuments(t, "mine"), readQuestionFile(t, "../testdata/mine/rare-earth-mine-permit-questions.jsonl")},
		{"insurer", testdataDocuments(t, "insurer"), readQuestionFile(t, "../testdata/insurer/wildfire-insurer-pullout-questions.jsonl")},
		{"glacier", testdataDocuments(t, "glacier"), readQuestionFile(t, "../testdata/glacier/glacier-lake-flood-warning-questions.jsonl")},
		{"transit", testdataDocuments(t, "transit"), readQuestionFile(t, "../testdata/transit/transit-fare-lawsuit-questions.jsonl")},
		{"chipmaker", testdataDocuments(t, "chipmaker"), readQuestionFile(t, "../testdata/chipmaker/chipmaker-factory-delay-questions.jsonl")},
		{"measles", testdataDocuments(t, "measles"), readQuestionFile(t, "../testdata/measles/measles-outbreak-exemptions-questions.jsonl")},
		{"governor", testdataDocuments(t, "governor"), readQuestionFile(t, "../testdata/governor/governor-zoning-veto-questions.jsonl")},
		{"rivers", testdataDocuments(t, "rivers"), readQuestionFile(t, "../testdata/rivers/river-insects-sewage-questions.jsonl")},
		{"courts", testdataDocuments(t, "courts"), readQuestionFile(t, "../testdata/courts/hit-and-run-verdict-questions.jsonl")},
		{"ballpark", testdataDocuments(t, "ballpark"), readQuestionFile(t, "../testdata/ballpark/ballpark-subsidy-questions.jsonl")},
		{"wildfire", testdataDocuments(t, "wildfire"), readQuestionFile(t, "../testdata/wildfire/wildfire-evacuation-questions.jsonl")},
		{"profile", testdataDocuments(t, "profile"), readQuestionFile(t, "../testdata/profile/creamery-profile-questions.jsonl")},
		{"schools", testdataDocuments(t, "schools"), readQuestionFile(t, "../testdata/schools/school-budget-cuts-questions.jsonl")},
		{"ebike", testdataDocuments(t, "ebike"), readQuestionFile(t, "../testdata/ebike/ebike-battery-recall-questions.jsonl")},
		{"wire", testdataDocuments(t, "wire"), readQuestionFile(t, "../testdata/wire/ceasefire-talks-questions.jsonl")},
		{"study", testdataDocuments(t, "study"), readQuestionFile(t, "../testdata/study/sleep-study-questions.jsonl")},
		{"police", testdataDocuments(t, "police"), readQuestionFile(t, "../testdata/police/warehouse-fire-arrest-questions.jsonl")},
		{"earnings", testdataDocuments(t, "earnings"), readQuestionFile(t, "../testdata/earnings/airline-earnings-questions.jsonl")},
		{"obituary", testdataDocuments(t, "obituary"), readQuestionFile(t, "../testdata/obituary/architect-obituary-questions.jsonl")},
		{"interview", testdataDocuments(t, "interview"), readQuestionFile(t, "../testdata/interview/water-chief-interview-questions.jsonl")},
		{"sports", testdataDocuments(t, "sports"), readQuestionFile(t, "../testdata/sports/playoff-game-questions.jsonl")},
		{"explainer", testdataDocuments(t, "explainer"), readQuestionFile(t, "../testdata/explainer/heat-pump-rebates-questions.jsonl")},
		{"live", testdataDocuments(t, "live"), readQuestionFile(t, "../testdata/live/storm-live-updates-questions.jsonl")},
		{"transcript", testdataDocuments(t, "transcript"), readQuestionFile(t, "../testdata/transcript/radio-transcript-questions.jsonl")},
		{"release", testdataDocuments(t, "release"), readQuestionFile(t, "../testdata/release/clinic-expansion-release-questions.jsonl")},
		{"magazine", testdataDocuments(t, "magazine"), readQuestionFile(t, "../testdata/magazine/lighthouse-keepers-questions.jsonl")},
		{"diplomacy", testdataDocuments(t, "diplomacy"), readQuestionFile(t, "../testdata/diplomacy/drone-exports-doubts-questions.jsonl")},
		{"sanctions", testdataDocuments(t, "sanctions"), readQuestionFile(t, "../testdata/sanctions/tanker-fleet-sanctions-questions.jsonl")},
		{"council", testdataDocuments(t, "council"), readQuestionFile(t, "../testdata/council/council-housing-vote-questions.jsonl")},
		{"investigation", testdataDocuments(t, "investigation"), readQuestionFile(t, "../testdata/investigation/warehouse-injuries-questions.jsonl")},
		{"antibiotic", testdataDocuments(t, "antibiotic"), readQuestionFile(t, "../testdata/antibiotic/antibiotic-soil-study-questions.jsonl")},
		{"congress", testdataDocuments(t, "congress"), readQuestionFile(t, "../testdata/congress/drug-pricing-bill-questions.jsonl")},
		{"dispatch", testdataDocuments(t, "dispatch"), readQuestionFile(t, "../testdata/dispatch/flood-village-dispatch-questions.jsonl")},
		{"grocery", testdataDocuments(t, "grocery"), readQuestionFile(t, "../testdata/grocery/grocery-chain-ceo-questions.jsonl")},
		{"column", testdataDocuments(t, "column"), readQuestionFile(t, "../testdata/column/transit-column-questions.jsonl")},
		{"launch", testdataDocuments(t, "launch"), readQuestionFile(t, "../testdata/launch/chip-app-launch-questions.jsonl")},
		{"smoke", testdataDocuments(t, "smoke"), readQuestionFile(t, "../testdata/smoke/wildfire-smoke-ap-questions.jsonl")},
		{"delta", testdataDocuments(t, "delta"), readQuestionFile(t, "../testdata/delta/river-delta-longread-questions.jsonl")},
		{"trial", testdataDocuments(t, "trial"), readQuestionFile(t, "../testdata/trial/fraud-trial-testimony-questions.jsonl")},
		{"election", testdataDocuments(t, "election"), readQuestionFile(t, "../testdata/election/mayoral-election-night-questions.jsonl")},
		{"markets", testdataDocuments(t, "markets"), readQuestionFile(t, "../testdata/markets/copper-price-markets-questions.jsonl")},
		{"parliament", testdataDocuments(t, "parliament"), readQuestionFile(t, "../testdata/parliament/housing-bill-commons-questions.jsonl")},
		{"acronyms", testdataDocuments(t, "acronyms"), readQuestionFile(t, "../testdata/acronyms/pfas-water-rule-questions.jsonl")},
		{"crime", testdataDocuments(t, "crime"), readQuestionFile(t, "../testdata/crime/river-town-arson-questions.jsonl")},
		{"dialogue", testdataDocuments(t, "dialogue"), readQuestionFile(t, "../testdata/dialogue/night-shift-feature-questions.jsonl")},
		{"asia", testdataDocuments(t, "asia"), readQuestionFile(t, "../testdata/asia/battery-joint-venture-questions.jsonl")},
		{"naval", testdataDocuments(t, "naval"), readQuestionFile(t, "../testdata/naval/naval-base-claims-questions.jsonl")},
		{"politics", testdataDocuments(t, "politics"), readQuestionFile(t, "../testdata/politics/white-house-tariffs-questions.jsonl")},
		{"merger", testdataDocuments(t, "merger"), readQuestionFile(t, "../testdata/merger/hospital-merger-analysis-questions.jsonl")},
		{"ferry", testdataDocuments(t, "ferry"), readQuestionFile(t, "../testdata/ferry/ferry-disaster-bbc-questions.jsonl")},
		{"grain", testdataDocuments(t, "grain"), readQuestionFile(t, "../testdata/grain/grain-export-accusations-questions.jsonl")},
		{"natsec", testdataDocuments(t, "natsec"), readQuestionFile(t, "../testdata/natsec/cyber-intrusion-officials-questions.jsonl")},
		{"apintl", testdataDocuments(t, "apintl"), readQuestionFile(t, "../testdata/apintl/border-town-shelling-questions.jsonl")},
		{"atlantic", testdataDocuments(t, "atlantic"), readQuestionFile(t, "../testdata/atlantic/reservoir-drought-essay-questions.jsonl")},
		{"fpnews", testdataDocuments(t, "fpnews"), readQuestionFile(t, "../testdata/fpnews/militia-funding-dispute-questions.jsonl")},
		{"reuters", testdataDocuments(t, "reuters"), readQuestionFile(t, "../testdata/reuters/port-strike-talks-questions.jsonl")},
		{"nytimes", testdataDocuments(t, "nytimes"), readQuestionFile(t, "../testdata/nytimes/transit-tunnel-overruns-questions.jsonl")},
		{"guardian", testdataDocuments(t, "guardian"), readQuestionFile(t, "../testdata/guardian/coastal-erosion-village-questions.jsonl")},
		{"fpargument", testdataDocuments(t, "fpargument"), readQuestionFile(t, "../testdata/fpargument/sanctions-fatigue-argument-questions.jsonl")},
		{"aljazeera", testdataDocuments(t, "aljazeera"), readQuestionFile(t, "../testdata/aljazeera/gaza-aid-crossing-questions.jsonl")},
		{"politicoeu", testdataDocuments(t, "politicoeu"), readQuestionFile(t, "../testdata/politicoeu/eu-migration-pact-talks-questions.jsonl")},
		{"economist", testdataDocuments(t, "economist"), readQuestionFile(t, "../testdata/economist/port-privatisation-economist-questions.jsonl")},
		{"wapo", testdataDocuments(t, "wapo"), readQuestionFile(t, "../testdata/wapo/pentagon-drone-contract-questions.jsonl")},
		{"cnn", testdataDocuments(t, "cnn"), readQuestionFile(t, "../testdata/cnn/hurricane-recovery-funds-questions.jsonl")},
		{"bloomberg", testdataDocuments(t, "bloomberg"), readQuestionFile(t, "../testdata/bloomberg/chipmaker-export-curbs-questions.jsonl")},
		{"fpcolumn", testdataDocuments(t, "fpcolumn"), readQuestionFile(t, "../testdata/fpcolumn/alliance-credibility-column-questions.jsonl")},
		{"axios", testdataDocuments(t, "axios"), readQuestionFile(t, "../testdata/axios/state-ai-law-axios-questions.jsonl")},
		{"reutersupdate", testdataDocuments(t, "reutersupdate"), readQuestionFile(t, "../testdata/reutersupdate/central-bank-rate-decision-questions.jsonl")},
		{"substack", testdataDocuments(t, "substack"), readQuestionFile(t, "../testdata/substack/think-tank-newsletter-questions.jsonl")},
		{"fpsuffix", testdataDocuments(t, "fpsuffix"), readQuestionFile(t, "../testdata/fpsuffix/submarine-deal-doubts-questions.jsonl")},
		{"mdlinks", testdataDocuments(t, "mdlinks"), readQuestionFile(t, "../testdata/mdlinks/port-strike-markdown-questions.jsonl")},
		{"hardwrap", testdataDocuments(t, "hardwrap"), readQuestionFile(t, "../testdata/hardwrap/library-closures-plaintext-questions.jsonl")},
		{"fpinterview", testdataDocuments(t, "fpinterview"), readQuestionFile(t, "../testdata/fpinterview/former-envoy-interview-questions.jsonl")},
		{"fpdispatch", testdataDocuments(t, "fpdispatch"), readQuestionFile(t, "../testdata/fpdispatch/border-crossing-dispatch-questions.jsonl")},
		{"fptwoauthors", testdataDocuments(t, "fptwoauthors"), readQuestionFile(t, "../testdata/fptwoauthors/rare-earth-rivalry-questions.jsonl")},
		{"fpexplainer", testdataDocuments(t, "fpexplainer"), readQuestionFile(t, "../testdata/fpexplainer/water-treaty-explainer-questions.jsonl")},
		{"fpeditorsnote", testdataDocuments(t, "fpeditorsnote"), readQuestionFile(t, "../testdata/fpeditorsnote/election-monitor-expelled-questions.jsonl")},
		{"fpclaims", testdataDocuments(t, "fpclaims"), readQuestionFile(t, "../testdata/fpclaims/dalmoria-vessen-militia-claims-questions.jsonl")},
		{"fpbackdoor", testdataDocuments(t, "fpbackdoor"), readQuestionFile(t, "../testdata/fpbackdoor/aldessa-sanctions-backdoor-questions.jsonl")},
		{"fpcable", testdataDocuments(t, "fpcable"), readQuestionFile(t, "../testdata/fpcable/undersea-cable-sabotage-questions.jsonl")},
		{"fpaid", testdataDocuments(t, "fpaid"), readQuestionFile(t, "../testdata/fpaid/food-aid-diversion-questions.jsonl")},
		{"fppipeline", testdataDocuments(t, "fppipeline"), readQuestionFile(t, "../testdata/fppipeline/gas-pipeline-standoff-questions.jsonl")},
		{"fpcamp", testdataDocuments(t, "fpcamp"), readQuestionFile(t, "../testdata/fpcamp/border-camp-dispatch-questions.jsonl")},
		{"fpdebt", testdataDocuments(t, "fpdebt"), readQuestionFile(t, "../testdata/fpdebt/debt-restructuring-talks-questions.jsonl")},
		{"fpstrait", testdataDocuments(t, "fpstrait"), readQuestionFile(t, "../testdata/fpstrait/strait-collision-incident-questions.jsonl")},
		{"fpprofile", testdataDocuments(t, "fpprofile"), readQuestionFile(t, "../testdata/fpprofile/opposition-leader-profile-questions.jsonl")},
		{"fpsanctionsarg", testdataDocuments(t, "fpsanctionsarg"), readQuestionFile(t, "../testdata/fpsanctionsarg/drevnia-sanctions-argument-questions.jsonl")},
		{"fpcyber", testdataDocuments(t, "fpcyber"), readQuestionFile(t, "../testdata/fpcyber/grid-cyberattack-attribution-questions.jsonl")},
		{"fparmssale", testdataDocuments(t, "fparmssale"), readQuestionFile(t, "../testdata/fparmssale/fighter-jet-sale-dispute-questions.jsonl")},
		{"fpunveto", testdataDocuments(t, "fpunveto"), readQuestionFile(t, "../testdata/fpunveto/security-council-veto-questions.jsonl")},
		{"fpmigration", testdataDocuments(t, "fpmigration"), readQuestionFile(t, "../testdata/fpmigration/migration-deal-collapse-questions.jsonl")},
		{"fpdisinfo", testdataDocuments(t, "fpdisinfo"), readQuestionFile(t, "../testdata/fpdisinfo/election-disinformation-network-questions.jsonl")},
		{"fpclimate", testdataDocuments(t, "fpclimate"), readQuestionFile(t, "../testdata/fpclimate/climate-finance-summit-questions.jsonl")},
		{"fpintel", testdataDocuments(t, "fpintel"), readQuestionFile(t, "../testdata/fpintel/intelligence-undercuts-claims-questions.jsonl")},
		{"fpnuclear", testdataDocuments(t, "fpnuclear"), readQuestionFile(t, "../testdata/fpnuclear/nuclear-talks-skepticism-questions.jsonl")},
		{"fpterror", testdataDocuments(t, "fpterror"), readQuestionFile(t, "../testdata/fpterror/terror-links-dispute-questions.jsonl")},
		{"fpdam", testdataDocuments(t, "fpdam"), readQuestionFile(t, "../testdata/fpdam/river-dam-dispute-questions.jsonl")},
		{"fpjunta", testdataDocuments(t, "fpjunta"), readQuestionFile(t, "../testdata/fpjunta/junta-transition-talks-questions.jsonl")},
		{"fpfund", testdataDocuments(t, "fpfund"), readQuestionFile(t, "../testdata/fpfund/wealth-fund-scandal-questions.jsonl")},
		{"fptreaty", testdataDocuments(t, "fptreaty"), readQuestionFile(t, "../testdata/fptreaty/pandemic-treaty-talks-questions.jsonl")},
		{"fpisland", testdataDocuments(t, "fpisland"), readQuestionFile(t, "../testdata/fpisland/island-base-lease-questions.jsonl")},
		{"fpborder", testdataDocuments(t, "fpborder"), readQuestionFile(t, "../testdata/fpborder/border-demarcation-dispute-questions.jsonl")},
		{"fpmercenary", testdataDocuments(t, "fpmercenary"), readQuestionFile(t, "../testdata/fpmercenary/mercenary-withdrawal-questions.jsonl")},
		{"fpcurrency", testdataDocuments(t, "fpcurrency"), readQuestionFile(t, "../testdata/fpcurrency/currency-controls-questions.jsonl")},
		{"fpaudit", testdataDocuments(t, "fpaudit"), readQuestionFile(t, "../testdata/fpaudit/election-audit-questions.jsonl")},
		{"automation", testdataDocuments(t, "automation"), readQuestionFile(t, "../testdata/automation/port-automation-questions.jsonl")},
		{"shortage", testdataDocuments(t, "shortage"), readQuestionFile(t, "../testdata/shortage/antibiotic-shortage-questions.jsonl")},
		{"bookvote", testdataDocuments(t, "bookvote"), readQuestionFile(t, "../testdata/bookvote/library-board-vote-questions.jsonl")},
		{"misconduct", testdataDocuments(t, "misconduct"), readQuestionFile(t, "../testdata/misconduct/research-misconduct-questions.jsonl")},
		{"wells", testdataDocuments(t, "wells"), readQuestionFile(t, "../testdata/wells/groundwater-permits-questions.jsonl")},
		{"bodycam", testdataDocuments(t, "bodycam"), readQuestionFile(t, "../testdata/bodycam/bodycam-footage-questions.jsonl")},
		{"buses", testdataDocuments(t, "buses"), readQuestionFile(t, "../testdata/buses/bus-driver-shortage-questions.jsonl")},
		{"ratehike", testdataDocuments(t, "ratehike"), readQuestionFile(t, "../testdata/ratehike/insurance-rate-hike-questions.jsonl")},
		{"encampment", testdataDocuments(t, "encampment"), readQuestionFile(t, "../testdata/encampment/encampment-sweep-questions.jsonl")},
		{"outage", testdataDocuments(t, "outage"), readQuestionFile(t, "../testdata/outage/911-outage-questions.jsonl")},
		{"ebooks", testdataDocuments(t, "ebooks"), readQuestionFile(t, "../testdata/ebooks/library-ebooks-questions.jsonl")},
		{"peacekeepers", testdataDocuments(t, "peacekeepers"), readQuestionFile(t, "../testdata/peacekeepers/peacekeepers-exit-questions.jsonl")},
		{"phones", testdataDocuments(t, "phones"), readQuestionFile(t, "../testdata/phones/phone-ban-questions.jsonl")},
		{"leadpipes", testdataDocuments(t, "leadpipes"), readQuestionFile(t, "../testdata/leadpipes/lead-pipes-questions.jsonl")},
		{"tanker", testdataDocuments(t, "tanker"), readQuestionFile(t, "../testdata/tanker/tanker-grounding-questions.jsonl")},
		{"wolves", testdataDocuments(t, "wolves"), readQuestionFile(t, "../testdata/wolves/wolf-vote-questions.jsonl")},
		{"gradstrike", testdataDocuments(t, "gradstrike"), readQuestionFile(t, "../testdata/gradstrike/grad-strike-questions.jsonl")},
		{"seabed", testdataDocuments(t, "seabed"), readQuestionFile(t, "../testdata/seabed/seabed-mining-questions.jsonl")},
		{"maternity", testdataDocuments(t, "maternity"), readQuestionFile(t, "../testdata/maternity/maternity-closure-questions.jsonl")},
		{"rentals", testdataDocuments(t, "rentals"), readQuestionFile(t, "../testdata/rentals/short-term-rentals-questions.jsonl")},
		{"shutdown", testdataDocuments(t, "shutdown"), readQuestionFile(t, "../testdata/shutdown/internet-shutdown-questions.jsonl")},
		{"orchard", testdataDocuments(t, "orchard"), readQuestionFile(t, "../testdata/orchard/orchard-labor-questions.jsonl")},
		{"recall", testdataDocuments(t, "recall"), readQuestionFile(t, "../testdata/recall/suv-recall-questions.jsonl")},
		{"envoy", testdataDocuments(t, "envoy"), readQuestionFile(t, "../testdata/envoy/envoy-expulsions-questions.jsonl")},
		{"bridge", testdataDocuments(t, "bridge"), readQuestionFile(t, "../testdata/bridge/bridge-closure-questions.jsonl")},
		{"vaping", testdataDocuments(t, "vaping"), readQuestionFile(t, "../testdata/vaping/vape-lawsuit-questions.jsonl")},
		{"summit", testdataDocuments(t, "summit"), readQuestionFile(t, "../testdata/summit/summit-collapse-questions.jsonl")},
		{"pharmacy", testdataDocuments(t, "pharmacy"), readQuestionFile(t, "../testdata/pharmacy/pharmacy-closures-questions.jsonl")},
		{"stadiumjobs", testdataDocuments(t, "stadiumjobs"), readQuestionFile(t, "../testdata/stadiumjobs/convention-center-audit-questions.jsonl")},
		{"ceasefire", testdataDocuments(t, "ceasefire"), readQuestionFile(t, "../testdata/ceasefire/ceasefire-test-questions.jsonl")},
		{"daycare", testdataDocuments(t, "daycare"), readQuestionFile(t, "../testdata/daycare/child-care-cliff-questions.jsonl")},
		{"pipelinespill", testdataDocuments(t, "pipelinespill"), readQuestionFile(t, "../testdata/pipelinespill/pipeline-spill-questions.jsonl")},
		{"referendum", testdataDocuments(t, "referendum"), readQuestionFile(t, "../testdata/referendum/term-limits-referendum-questions.jsonl")},
		{"nurses", testdataDocuments(t, "nurses"), readQuestionFile(t, "../testdata/nurses/nurses-strike-questions.jsonl")},
		{"dredging", testdataDocuments(t, "dredging"), readQuestionFile(t, "../testdata/dredging/river-dredging-questions.jsonl")},
		{"zoningcourt", testdataDocuments(t, "zoningcourt"), readQuestionFile(t, "../testdata/zoningcourt/zoning-verdict-questions.jsonl")},
		{"fertilizer", testdataDocuments(t, "fertilizer"), readQuestionFile(t, "../testdata/fertilizer/fertilizer-tariff-questions.jsonl")},
		{"schoolstart", testdataDocuments(t, "schoolstart"), readQuestionFile(t, "../testdata/schoolstart/school-start-study-questions.jsonl")},
		{"supermerger", testdataDocuments(t, "supermerger"), readQuestionFile(t, "../testdata/supermerger/grocery-merger-blocked-questions.jsonl")},
		{"floodaid", testdataDocuments(t, "floodaid"), readQuestionFile(t, "../testdata/floodaid/delta-flood-aid-questions.jsonl")},
		{"policeboard", testdataDocuments(t, "policeboard"), readQuestionFile(t, "../testdata/policeboard/police-oversight-vote-questions.jsonl")},
		{"layoffsmemo", testdataDocuments(t, "layoffsmemo"), readQuestionFile(t, "../testdata/layoffsmemo/software-layoffs-memo-questions.jsonl")},
		{"runoff", testdataDocuments(t, "runoff"), readQuestionFile(t, "../testdata/runoff/mayoral-runoff-result-questions.jsonl")},
		{"eagles", testdataDocuments(t, "eagles"), readQuestionFile(t, "../testdata/eagles/eagle-poisoning-probe-questions.jsonl")},
		{"factcheck", testdataDocuments(t, "factcheck"), readQuestionFile(t, "../testdata/factcheck/factcheck-crime-claim-questions.jsonl")},
		{"starinjury", testdataDocuments(t, "starinjury"), readQuestionFile(t, "../testdata/starinjury/star-injury-playoffs-questions.jsonl")},
		{"cometprobe", testdataDocuments(t, "cometprobe"), readQuestionFile(t, "../testdata/cometprobe/comet-probe-anomaly-questions.jsonl")},
		{"bronzes", testdataDocuments(t, "bronzes"), readQuestionFile(t, "../testdata/bronzes/museum-artifacts-return-questions.jsonl")},
		{"nearmiss", testdataDocuments(t, "nearmiss"), readQuestionFile(t, "../testdata/nearmiss/runway-near-miss-report-questions.jsonl")},
		{"presidentquits", testdataDocuments(t, "presidentquits"), readQuestionFile(t, "../testdata/presidentquits/university-president-resigns-questions.jsonl")},
		{"ransomware", testdataDocuments(t, "ransomware"), readQuestionFile(t, "../testdata/ransomware/hospital-ransomware-attack-questions.jsonl")},
		{"famine", testdataDocuments(t, "famine"), readQuestionFile(t, "../testdata/famine/northern-famine-warning-questions.jsonl")},
		{"festival", testdataDocuments(t, "festival"), readQuestionFile(t, "../testdata/festival/festival-stage-failure-questions.jsonl")},
		{"boilwater", testdataDocuments(t, "boilwater"), readQuestionFile(t, "../testdata/boilwater/boil-water-notice-questions.jsonl")},
		{"containers", testdataDocuments(t, "containers"), readQuestionFile(t, "../testdata/containers/containers-lost-overboard-questions.jsonl")},
		{"trialpause", testdataDocuments(t, "trialpause"), readQuestionFile(t, "../testdata/trialpause/vaccine-trial-paused-questions.jsonl")},
		{"centralbank", testdataDocuments(t, "centralbank"), readQuestionFile(t, "../testdata/centralbank/central-bank-governor-fired-questions.jsonl")},
		{"leafblowers", testdataDocuments(t, "leafblowers"), readQuestionFile(t, "../testdata/leafblowers/leaf-blower-ban-questions.jsonl")},
		{"avalanche", testdataDocuments(t, "avalanche"), readQuestionFile(t, "../testdata/avalanche/backcountry-avalanche-questions.jsonl")},
		{"hydro", testdataDocuments(t, "hydro"), readQuestionFile(t, "../testdata/hydro/hydro-power-cuts-questions.jsonl")},
		{"painting", testdataDocuments(t, "painting"), readQuestionFile(t, "../testdata/painting/portrait-authorship-doubt-questions.jsonl")},
		{"norovirus", testdataDocuments(t, "norovirus"), readQuestionFile(t, "../testdata/norovirus/cruise-norovirus-outbreak-questions.jsonl")},
		{"heatwave", testdataDocuments(t, "heatwave"), readQuestionFile(t, "../testdata/heatwave/heat-wave-deaths-questions.jsonl")},
		{"repair", testdataDocuments(t, "repair"), readQuestionFile(t, "../testdata/repair/right-to-repair-law-questions.jsonl")},
		{"whistleblower", testdataDocuments(t, "whistleblower"), readQuestionFile(t, "../testdata/whistleblower/listeria-whistleblower-questions.jsonl")},
		{"quarry", testdataDocuments(t, "quarry"), readQuestionFile(t, "../testdata/quarry/quarry-expansion-vote-questions.jsonl")},
		{"transitstrike", testdataDocuments(t, "transitstrike"), readQuestionFile(t, "../testdata/transitstrike/capital-transit-strike-questions.jsonl")},
		{"exhibit", testdataDocuments(t, "exhibit"), readQuestionFile(t, "../testdata/exhibit/climate-exhibit-pulled-questions.jsonl")},
		{"zoo", testdataDocuments(t, "zoo"), readQuestionFile(t, "../testdata/zoo/zoo-elephant-transfer-questions.jsonl")},
		{"chess", testdataDocuments(t, "chess"), readQuestionFile(t, "../testdata/chess/chess-cheating-inquiry-questions.jsonl")},
		{"branches", testdataDocuments(t, "branches"), readQuestionFile(t, "../testdata/branches/bank-branch-closures-questions.jsonl")},
		{"manuscript", testdataDocuments(t, "manuscript"), readQuestionFile(t, "../testdata/manuscript/archive-manuscript-theft-questions.jsonl")},
		{"fishing", testdataDocuments(t, "fishing"), readQuestionFile(t, "../testdata/fishing/cod-quota-cut-questions.jsonl")},
		{"lottery", testdataDocuments(t, "lottery"), readQuestionFile(t, "../testdata/lottery/lottery-jackpot-glitch-questions.jsonl")},
		{"vineyard", testdataDocuments(t, "vineyard"), readQuestionFile(t, "../testdata/vineyard/vineyard-frost-claims-questions.jsonl")},
		{"datacentre", testdataDocuments(t, "datacentre"), readQuestionFile(t, "../testdata/datacentre/data-center-water-questions.jsonl")},
		{"broadcaster", testdataDocuments(t, "broadcaster"), readQuestionFile(t, "../testdata/broadcaster/broadcaster-funding-cut-questions.jsonl")},
		{"orchestra", testdataDocuments(t, "orchestra"), readQuestionFile(t, "../testdata/orchestra/orchestra-lockout-questions.jsonl")},
		{"pension", testdataDocuments(t, "pension"), readQuestionFile(t, "../testdata/pension/pension-fund-losses-questions.jsonl")},
		{"tolls", testdataDocuments(t, "tolls"), readQuestionFile(t, "../testdata/tolls/bridge-toll-increase-questions.jsonl")},
		{"surgery", testdataDocuments(t, "surgery"), readQuestionFile(t, "../testdata/surgery/robotic-surgery-halt-questions.jsonl")},
		{"parkpass", testdataDocuments(t, "parkpass"), readQuestionFile(t, "../testdata/parkpass/park-entry-reservations-questions.jsonl")},
		{"sidewalks", testdataDocuments(t, "sidewalks"), readQuestionFile(t, "../testdata/sidewalks/sidewalk-repair-bills-questions.jsonl")},
		{"bees", testdataDocuments(t, "bees"), readQuestionFile(t, "../testdata/bees/bee-die-off-questions.jsonl")},
		{"rink", testdataDocuments(t, "rink"), readQuestionFile(t, "../testdata/rink/ice-rink-closure-questions.jsonl")},
		{"subtitles", testdataDocuments(t, "subtitles"), readQuestionFile(t, "../testdata/subtitles/subtitlers-ai-dispute-questions.jsonl")},
		{"airport", testdataDocuments(t, "airport"), readQuestionFile(t, "../testdata/airport/regional-airport-service-loss-questions.jsonl")},
		{"classics", testdataDocuments(t, "classics"), readQuestionFile(t, "../testdata/classics/classics-department-cut-questions.jsonl")},
		{"canal", testdataDocuments(t, "canal"), readQuestionFile(t, "../testdata/canal/canal-drought-restrictions-questions.jsonl")},
	}
	return append(sets, evalSet{"all-articles", allArticles(t), allQuestions(sets)})
}

// allArticles is every article the question files ask about, each once: the scraped
// folder's copy of the shipped article is left out.
func allArticles(t testing.TB) []Document {
	t.Helper()
	all := shippedDocuments(t)
	seen := map[string]bool{}
	for _, d := range all {
		seen[d.ID] = true
	}
	for _, folder := range []string{"unseen", "scraped", "hospital", "mine", "insurer", "glacier", "transit", "chipmaker", "measles", "governor", "rivers", "courts", "ballpark", "wildfire", "profile", "schools", "ebike", "wire", "study", "police", "earnings", "obituary", "interview", "sports", "explainer", "live", "transcript", "release", "magazine", "diplomacy", "sanctions", "council", "investigation", "antibiotic", "congress", "dispatch", "grocery", "column", "launch", "smoke", "delta", "trial", "election", "markets", "parliament", "acronyms", "crime", "dialogue", "asia", "naval", "politics", "merger", "ferry", "grain", "natsec", "apintl", "atlantic", "fpnews", "reuters", "nytimes", "guardian", "fpargument", "aljazeera", "politicoeu", "economist", "wapo", "cnn", "bloomberg", "fpcolumn", "axios", "reutersupdate", "substack", "fpsuffix", "mdlinks", "hardwrap", "fpinterview", "fpdispatch", "fptwoauthors", "fpexplainer", "fpeditorsnote", "fpclaims", "fpbackdoor", "fpcable", "fpaid", "fppipeline", "fpcamp", "fpdebt", "fpstrait", "fpprofile", "fpsanctionsarg", "fpcyber", "fparmssale", "fpunveto", "fpmigration", "fpdisinfo", "fpclimate", "fpintel", "fpnuclear", "fpterror", "fpdam", "fpjunta", "fpfund", "fptreaty", "fpisland", "fpborder", "fpmercenary", "fpcurrency", "fpaudit", "automation", "shortage", "bookvote", "misconduct", "wells", "bodycam", "buses", "ratehike", "encampment", "outage", "ebooks", "peacekeepers", "phones", "leadpipes", "tanker", "wolves", "gradstrike", "seabed", "maternity", "rentals", "shutdown", "orchard", "recall", "envoy", "bridge", "vaping", "summit", "pharmacy", "stadiumjobs", "ceasefire", "daycare", "pipelinespill", "referendum", "nurses", "dredging", "zoningcourt", "fertilizer", "schoolstart", "supermerger", "floodaid", "policeboard", "layoffsmemo", "runoff", "eagles", "factcheck", "starinjury", "cometprobe", "bronzes", "nearmiss", "presidentquits", "ransomware", "famine", "festival", "boilwater", "containers", "trialpause", "centralbank", "leafblowers", "avalanche", "hydro", "painting", "norovirus", "heatwave", "repair", "whistleblower", "quarry", "transitstrike", "exhibit", "zoo", "chess", "branches", "manuscript", "fishing", "lottery", "vineyard", "datacentre", "broadcaster", "orchestra", "pension", "tolls", "surgery", "parkpass", "sidewalks", "bees", "rink", "subtitles", "airport", "classics", "canal"} {
		for _, d := range testdataDocuments(t, folder) {
			if !seen[d.ID] {
				seen[d.ID] = true
				all = append(all, d)
			}
		}
	}
	return all
}

func allQuestions(sets []evalSet) []Question {
	var qs []Question
	for _, s := range sets {
		qs = append(qs, s.qs...)
	}
	return qs
}
