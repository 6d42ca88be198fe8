package retrieval

import (
	"os"
	"testing"
)

// TestAttributionAgainstGold scores attribution on the shipped article, on an article the
// rules were not written for, on a page saved as text (its gold written after the rules
// for unnamed sources it exercises) and on ninety-seven other pages, most written blind,
// against hand-made gold files.
func TestAttributionAgainstGold(t *testing.T) {
	tests := []struct {
		name    string // the folder in testdata, or "shipped" for the article in docs/
		gold    string
		minMain float64
		minF1   float64
	}{
		{"shipped", "../testdata/eval/seed-attribution.jsonl", 1.0, 0.95},
		{"unseen", "../testdata/unseen/attribution.jsonl", 0.85, 0.85},
		{"scraped", "../testdata/scraped/airline-engine-recall-attribution.jsonl", 1.0, 0.95},
		// Written, with its questions, by someone who had not seen the rules; the gold's
		// four unnamed-source and organisation paragraphs were brought to this project's
		// conventions afterwards.
		{"hospital", "../testdata/hospital/hospital-staffing-strike-attribution.jsonl", 0.95, 0.95},
		// Blind as well: the rules first scored 20/24, F1 0.80 on it. One gold line was
		// brought to the convention that an unnamed source keeps why they know ("state
		// official involved in the review", as "people familiar with the negotiations").
		// An organisation that is a second speaker through its document ("according to its
		// permit application") was missed until the rules read documents' owners.
		{"mine", "../testdata/mine/rare-earth-mine-permit-attribution.jsonl", 1.0, 0.95},
		// Blind, and last: the rules first scored 19/25, F1 0.77 on it ("the company said in
		// a statement", "X, chief of the … District, said", "Assemblywoman X", an unnamed
		// source's role running on into "who spoke on the condition …").
		{"insurer", "../testdata/insurer/wildfire-insurer-pullout-attribution.jsonl", 1.0, 0.95},
		// Two more blind pages, written together: a magazine feature in the present tense
		// ("says", quotes alone in a paragraph) first scored 22/27, F1 0.83; a court story
		// (organisations named with "the", then "the Authority said") 26/29, F1 0.93.
		{"glacier", "../testdata/glacier/glacier-lake-flood-warning-attribution.jsonl", 0.95, 0.95},
		{"transit", "../testdata/transit/transit-fare-lawsuit-attribution.jsonl", 0.95, 0.95},
		// Two more, written together: a business story first scored 27/28, F1 0.95 (an
		// unnamed source whose description ends in "the Commerce Department"); a public-
		// health story 19/26, F1 0.81 ("according to the … Department", "a report released
		// in January by …", then "the report found", "St. Brigid’s said", "X, whose two
		// sons, 7 and 10, have been home since Feb. 24, said"). One gold line was brought to
		// the convention that an unnamed source's who-clause is not part of the role.
		{"chipmaker", "../testdata/chipmaker/chipmaker-factory-delay-attribution.jsonl", 0.95, 0.95},
		{"measles", "../testdata/measles/measles-outbreak-exemptions-attribution.jsonl", 1, 1},
		// And two more: a wire story on state politics first scored 18/27, F1 0.72 ("Gov.",
		// a dateline before the first mention, "Rep. X, D-Eugene, …", "the aides said",
		// "a fiscal analysis by the nonpartisan … Office", "the Oregon League of Small
		// Cities said"); a British science story 22/27, F1 0.84 ("according to figures
		// from …", "X, policy director at …, said", "Ashdown called for …", "the budget
		// office also found that …", and later "the governor’s office said").
		{"governor", "../testdata/governor/governor-zoning-veto-attribution.jsonl", 0.9, 0.9},
		{"rivers", "../testdata/rivers/river-insects-sewage-attribution.jsonl", 0.95, 0.95},
		// The last two: a courts story first scored 24/28, F1 0.77 (a defendant named only
		// with his age, then "Mr. Pruitt", and "he testified"; "she noted" after "Mr. Pruitt
		// knew"); a sports-business feature 21/28, F1 0.81 ("whose firm, Halvern Advisory
		// Group, advised the city, said", "the person said", "posted on social media that",
		// "said Mr. Duszynski, 61", and later "he posted" after "where Coyle Field sits").
		// Two gold lines were brought to the convention that a group ("police said",
		// "prosecutors said") is no source, as "experts say" is not. Still missed: "the
		// city said", "the team said" and "four members had said".
		{"courts", "../testdata/courts/hit-and-run-verdict-attribution.jsonl", 0.9, 0.9},
		{"ballpark", "../testdata/ballpark/ballpark-subsidy-attribution.jsonl", 0.9, 0.9},
		// And a last pair: breaking news on a wildfire first scored 21/27, F1 0.80 ("the
		// weather service said", "North Summit Power & Light, which …, said", "they said"
		// after two people, "A firefighter who …"); a magazine profile 15/26, F1 0.49 (its
		// subject is named once in passing, then only "“…,” Achterberg says"; "she" after
		// a man; "the company says" went to a university; "as one board member put it";
		// "Her longtime deputy, Ruben Szalai, puts it more bluntly:"). Still missed: "In a
		// 2019 interview …, she said", meaning the profile's subject, after another woman.
		{"wildfire", "../testdata/wildfire/wildfire-evacuation-attribution.jsonl", 0.95, 0.95},
		{"profile", "../testdata/profile/creamery-profile-attribution.jsonl", 0.9, 0.9},
		// And a last pair, written after the question-kind bonuses of the same round: a
		// school budget story first scored 23/24, F1 0.97 ("The audit, conducted by the
		// Office of the State Auditor, found"); a consumer recall story 20/24, F1 0.89 (a
		// one-word company, "Voltaro, the Denver-based maker of …", then "Voltaro said";
		// "the commission’s report found"; "Marisol Vega, 34, a nurse from Astoria,
		// Queens, said"; "according to a filing" with no owner). Two gold lines were
		// brought to the convention that an unnamed source keeps its affiliation
		// ("teacher at Cedar Hill", "former engineer at the company").
		{"schools", "../testdata/schools/school-budget-cuts-attribution.jsonl", 0.95, 0.95},
		{"ebike", "../testdata/ebike/ebike-battery-recall-attribution.jsonl", 0.95, 0.95},
		// Three more, in styles not met before: a wire story first scored 15/24, F1 0.70
		// (names with particles, "de la Vega", "el-Haddad"; "NAME of PLACE, who …, told";
		// "called … and said"); a science story 17/24, F1 0.78 ("the study’s lead author"
		// and "the study found"; "guidelines from the Centers for Disease Control and
		// Prevention"; a description of two roles joined by "and"; "the smartphone
		// maker"); a police story 23/27, F1 0.87 ("The affidavit, signed by Detective …,
		// says"; "said his sister, NAME, 71,"; "before an officer told her"; and later the
		// study's findings before its lead author is named: "according to a large new
		// study", "The researchers found"). "according to a draft seen by Meridian Wire
		// that was prepared by de la Vega’s team" was found in the sixteenth round (24/24).
		// One gold line was brought to the convention that a role has no
		// article ("science teacher at …").
		{"wire", "../testdata/wire/ceasefire-talks-attribution.jsonl", 1.0, 0.95},
		{"study", "../testdata/study/sleep-study-attribution.jsonl", 0.95, 0.95},
		{"police", "../testdata/police/warehouse-fire-arrest-attribution.jsonl", 0.95, 0.95},
		// The last three: an earnings story first scored 18/24, F1 0.79 ("Amankwah, 56, a
		// former … officer who …, acknowledged"; "the company said" went to the pilots'
		// union; "Northlake said" after two names that begin with it); an obituary 17/22,
		// F1 0.67 ("wrote the critic Leonard Asch"; "her daughter, NAME, said", then "Ms.
		// Voss"; "she married Peter Halloran", then "she"; a building's name taken for a
		// person; "continued to consult"); an interview printed as questions and answers
		// 4/30 (no answer was anyone's). Still missed: a union that "asked federal
		// mediators to release it to strike" outranks the unnamed source in its paragraph
		// (found later; "according to a securities filing" with no owner in the sentence
		// was found in the sixteenth round, 24/24, and with it the grocery page's "The
		// company’s annual report, filed …, lists", 27/28); and the critic of
		// "He called her Delmont Street Houses, a 312-unit complex …, “earnest but
		// airless,”", found later, speaks only in passing there.
		{"earnings", "../testdata/earnings/airline-earnings-attribution.jsonl", 1.0, 0.95},
		{"obituary", "../testdata/obituary/architect-obituary-attribution.jsonl", 0.95, 0.95},
		{"interview", "../testdata/interview/water-chief-interview-attribution.jsonl", 0.95, 0.95},
		// And three in forms of their own: a sports story first scored 18/23, F1 0.71
		// ("guard Jalen Whitaker", then "Whitaker told reporters … he said"; "Pryce added
		// 22 points"); an explainer in Markdown with front matter, headings and a list,
		// 24/26, F1 0.94 ("One Minneapolis installer, who asked not to be named, said");
		// a live blog, 18/20, F1 0.93, whose time lines and update headlines were passages.
		// Still missed: "the team said" (a team named only with "the"), "according to the
		// program’s guidelines" (whose program), "according to the utility’s outage map"
		// (a utility never described as one); "the American Red Cross said" (a name after
		// "the" was taken for a place, as "the United States" is) was found later.
		{"sports", "../testdata/sports/playoff-game-attribution.jsonl", 0.95, 0.9},
		{"explainer", "../testdata/explainer/heat-pump-rebates-attribution.jsonl", 0.95, 0.95},
		{"live", "../testdata/live/storm-live-updates-attribution.jsonl", 0.9, 0.9},
		// A radio transcript, every turn labelled "NAME, ROLE:" in capitals, first scored
		// 4/23: no turn was anyone's. Its gold was brought to two conventions: sound cues
		// in parentheses are no passages, and what a reporter reports someone saying
		// ("Vance told me …") is that person's words too. Still missed: "My father, Klaus,
		// said" (a first name alone); "Walter Pruitt, called this neighborhood, quote, “…”"
		// was found later.
		{"transcript", "../testdata/transcript/radio-transcript-attribution.jsonl", 0.95, 0.9},
		// A press release first scored 16/17 ("Green Valley Health, a nonprofit …, today
		// announced"; no speaker had a role: "said Dana Whitfield, president and chief
		// executive officer of …"; its contact block was a passage); a magazine feature
		// 14/17, F1 0.83 ("Okafor pointed to the old Lighthouse Service logs …. “…,” he
		// said"; pull quotes and captions inside the body were passages). Still missed:
		// "the group said" after "The Friends of Gannet Point has advertised …".
		{"release", "../testdata/release/clinic-expansion-release-attribution.jsonl", 0.95, 0.95},
		{"magazine", "../testdata/magazine/lighthouse-keepers-attribution.jsonl", 0.9, 0.9},
		// Four more, written together: a Foreign Policy analysis scraped as the shipped
		// article was first scored 24/27, F1 0.92 ("A senior official at the … Ministry,
		// who spoke on condition of anonymity because …, disputed"; "the panel said"; "A
		// Western diplomat based in the … capital, Qessar, who …, said", still missed); a
		// sanctions analysis 29/29, F1 0.98 ("A crew member on a second tanker, who …,
		// said"); a council meeting 26/29, F1 0.85 ("Councilmembers A, B and C voted no",
		// then "said Szabo-Kettering"; "a balance between tenant advocates and builders who
		// warned" was an unnamed source; "brokered by Venkataraman. She said", found
		// later); an investigation 23/29, F1 0.84 ("Brightcart, the largest online
		// retailer headquartered in …, disputed"; "Three former managers at the …
		// warehouse, who …, described …, one of them said"; "said one of the former
		// managers"; "A former operations manager at the Eastmere site, who …, said").
		// Still missed: "Inspectors wrote" for the agency whose citation it is, and "The
		// complaint alleges" for the lawyer "who filed suit".
		{"diplomacy", "../testdata/diplomacy/drone-exports-doubts-attribution.jsonl", 1.0, 0.95},
		{"sanctions", "../testdata/sanctions/tanker-fleet-sanctions-attribution.jsonl", 1.0, 0.95},
		{"council", "../testdata/council/council-housing-vote-attribution.jsonl", 0.95, 0.95},
		// "The complaint alleges" (the lawyer "who filed suit") and "Inspectors wrote" (the
		// agency quoted just before) were found in a later round: 29/29, F1 1.00.
		{"investigation", "../testdata/investigation/warehouse-injuries-attribution.jsonl", 1.0, 0.95},
		// And four more: a science story first scored 24/28, F1 0.90 ("in a way the
		// researchers wrote" was an unnamed source; "A report by the … Agency published
		// last year found"; "declined to comment but said"); a Senate story 24/29, F1 0.86
		// ("Sen. Dorian Falkenrath (D-Mich.) said", "…, who said in a statement",
		// "The Alliance of American Medicine Makers, the …, said", "an analysis of
		// disclosure filings by the Center for …"); a British dispatch 15/27, F1 0.60 (its
		// byline "Helen Ashworth in Chhotapara" was a passage and the article's voice had
		// no name; "The UN Office … (Ocha) said", then "Ocha’s latest situation report";
		// "the Kheshar Customs and Excise Authority"; "Abdul Karim Mollah was patching
		// …, he said", then "Mollah, 61, said"; "rejected the suggestion, saying"); a
		// business feature 24/28, F1 0.90 ("Kessler Family Markets", then "Kessler said"
		// and "The company said", which went to a cooperative after "in its Pennsylvania
		// and New Jersey stores"). "Officials at the Department of Health said" (a group) went
		// to the department, found later. Still missed: "Kessler reported sales growth"
		// (the article's, by its gold); "according to the … Workers Union Local 418"; "The
		// company’s annual report, filed …, lists". ("The two holdouts, Sen. A (D-Ariz.)
		// and Sen. B (D-W.Va.), have said" was found in the sixteenth round: 29/29.)
		{"antibiotic", "../testdata/antibiotic/antibiotic-soil-study-attribution.jsonl", 1.0, 0.95},
		{"congress", "../testdata/congress/drug-pricing-bill-attribution.jsonl", 1.0, 0.95},
		{"dispatch", "../testdata/dispatch/flood-village-dispatch-attribution.jsonl", 1.0, 0.95},
		{"grocery", "../testdata/grocery/grocery-chain-ceo-attribution.jsonl", 0.95, 0.95},
		// A third four: a newspaper column in the first person first scored 19/29, F1 0.75
		// (its byline "By NAME | Columnist" and its bio in italics were not read, so the
		// article's voice had no name; "according to the agency’s own quarterly figures"
		// after an authority met only as an owner; "Amalgamated Transit Workers Local 412
		// said"; "The study, by the Pittsburgh-based consultancy …, found"; "the sign on
		// Kellerman Avenue tells"); a tech story 19/29, F1 0.73 (a name over
		// "Published March 4, 2026" as its byline, and an "Update, …:" note as a
		// passage; "Quillon Semiconductor", then "Quillon said"; "The memo, written by
		// X, ROLE, said", then "the memo said"; "the app-analytics firm Sensorly";
		// "Officials at the commissioner’s office said"); a wire story 25/29, F1 0.86
		// ("The statement also warned"; "A senior official at the state education
		// department, who …, said the department had urged …"; "Two people familiar with
		// discussions in the governor’s office said"); a long-read in Markdown 23/26, F1
		// 0.84 ("she and two colleagues estimated"; "A spokeswoman for the water authority
		// later said"; "the state Department of Water Resources"; "The authority
		// maintains 230 miles of levee"). Found since: "the letter said" for a regulator's
		// letter, after "X wrote to Quillon"; "The report, delivered in October …,
		// recommended" after "The study, by …"; "according to figures released by the
		// hospital" for a medical center met only after "At".
		{"column", "../testdata/column/transit-column-attribution.jsonl", 1.0, 1.0},
		{"launch", "../testdata/launch/chip-app-launch-attribution.jsonl", 1.0, 1.0},
		{"smoke", "../testdata/smoke/wildfire-smoke-ap-attribution.jsonl", 1.0, 1.0},
		{"delta", "../testdata/delta/river-delta-longread-attribution.jsonl", 1.0, 0.95},
		// A fourth four: a fraud trial first scored 20/28, F1 0.81 ("testified under
		// questioning by Assistant U.S. Attorney X" made X the one "she" meant; "Under
		// cross-examination by defense attorney Y, Okafor-Lind …" gave her Y's title;
		// "the defense lawyer said"; "describing Pardee as …, she told jurors"); an
		// election night 25/28, F1 0.93 ("Brannigan conceded in a phone call"; "according
		// to unofficial results from the … Office"); a markets story 22/29, F1 0.84
		// ("Analysts at Brantwood Hale wrote in a note to clients"; "Traders who asked not
		// to be named … said"; "one Singapore-based trader said"; "…, which said in a
		// statement"; "figures released on Wednesday by the … Office showed"); a British
		// political story 21/28, F1 0.82 (its byline "NAME Political correspondent").
		// A question put to the witness is answered by her ("Whitcombe asked what she took
		// that to mean. “…,” she said"): 26/28, F1 0.95. Still missed: a judge's longer
		// words after a lawyer's one-word objection. ("the fiscal watchdog projected", the
		// Office for Budget Responsibility, was found in the sixteenth round: 28/28.) (A name
		// with commas inside, "Ministry of Housing, Communities and Local Government", was
		// found in a later round. "according to the county elections office" was found in
		// the sixteenth round: election night 28/28.)
		{"trial", "../testdata/trial/fraud-trial-testimony-attribution.jsonl", 0.95, 0.95},
		{"election", "../testdata/election/mayoral-election-night-attribution.jsonl", 1.0, 0.95},
		{"markets", "../testdata/markets/copper-price-markets-attribution.jsonl", 0.95, 0.95},
		{"parliament", "../testdata/parliament/housing-bill-commons-attribution.jsonl", 1.0, 0.95},
		// A fifth four: an environment story full of acronyms first scored 26/27, F1 0.96
		// ("the Environmental Protection Agency on Tuesday" was read as a name); a
		// small-town arson story 19/28, F1 0.71 ("the Rev. Miriam Achterberg"; "the Ashby
		// County Sheriff’s Office said" went to the District Attorney’s Office, the first
		// "Office"; "a criminal complaint filed by the … Office"; "Ruckert’s attorney,
		// Nathaniel Brecken of Fairfield, said"; "declined to comment, citing a policy");
		// a narrative feature with dialogue 21/29, F1 0.85 ("A dispatcher at the …
		// Communications Center, who …, said"; "Officials in neighboring Carrow County,
		// which …, said"); a business story with names written family name first 15/28,
		// F1 0.59 (its byline "By NAME in Shanghai and NAME in Seoul" was not read; "Mr.
		// Li" after "Li Xiaoming"; "Xinhua, the state news agency, reported"; "Huaxin said"
		// after "Huaxin Energy Technology"). Still missed: two men named Zhang. (A name
		// with commas inside, "South Korea’s Ministry of Trade, Industry and Energy", and "Teodoro Villanueva, president of Local 418 of the …, which
		// represents …, said" was found in a later round.)
		{"acronyms", "../testdata/acronyms/pfas-water-rule-attribution.jsonl", 1.0, 0.95},
		// "Ashby County Circuit Court records show" was found in the sixteenth round: 28/28.
		{"crime", "../testdata/crime/river-town-arson-attribution.jsonl", 1.0, 0.95},
		// In dialogue, "she says" right after a quote, when the last subject is a "he",
		// is the person named before him: 24/29 → 27/29, F1 0.92 → 0.95. In the
		// sixteenth round, "The city’s proposed budget …, released in March by the …
		// Office of Management and Budget, allocates …. The budget document itself
		// acknowledges": 28/29, F1 0.97. Still missed: "“Evelyn,” the woman says".
		{"dialogue", "../testdata/dialogue/night-shift-feature-attribution.jsonl", 0.95, 0.95},
		// "Ms. Zhang, the Shanghai analyst, noted", after Zhang Wei and Zhang Lihua: the
		// one the description fits, found in the sixteenth round (27/28 → 28/28).
		{"asia", "../testdata/asia/battery-joint-venture-attribution.jsonl", 1.0, 0.95},
		// A sixth four, in the styles of four publications: a Foreign Policy analysis
		// scraped as the shipped article was first scored 27/28, F1 0.98 ("A senior …
		// official who spoke on condition of anonymity … pushed back on that reading. The
		// official said"; its bio, "a columnist at Foreign Policy and a senior fellow at
		// the … Center", named the center as the publication); a Washington story full of
		// unnamed sources 22/28, F1 0.81 ("this person said", "that person said"); a news
		// analysis with courtesy titles 23/27, F1 0.89 ("the Office of the Ohio Attorney
		// General, which …. In a statement, the office said"; "according to a filing that
		// Harlan Valley Health submitted"; "A senior official in the attorney general’s
		// office, who …, said"); a BBC story 19/28, F1 0.80 (its byline, a name over "BBC
		// News, Dunavi"; "Sources within the coastguard say"). Still missed: "A draft of
		// that report, reviewed by POLITICO, found". ("the Kelmar Coast Guard", "Several
		// officials said" and "Several survivors said", groups to the gold, were found in
		// later rounds.)
		{"naval", "../testdata/naval/naval-base-claims-attribution.jsonl", 1.0, 0.95},
		// A president first named in the possessive ("President Warren Hollister’s
		// economic team") is a person whom "Hollister hinted …. “…,” he told a crowd" quotes.
		{"politics", "../testdata/politics/white-house-tariffs-attribution.jsonl", 0.9, 0.9},
		{"merger", "../testdata/merger/hospital-merger-analysis-attribution.jsonl", 0.95, 0.95},
		{"ferry", "../testdata/ferry/ferry-disaster-bbc-attribution.jsonl", 0.9, 0.9},
		// A seventh four, in the forms the held-out article may take: a third Foreign
		// Policy analysis scraped as the shipped article was first scored 29/30, F1 0.95
		// ("the volumes Reindl cited" made Reindl the subject "he said" then meant); a
		// national-security story in the Washington Post's style 23/27, F1 0.92 ("A report
		// by Halvorsen Blackline, a cybersecurity firm based in Arlington, Va., found";
		// "the embassy said"; "An FBI spokeswoman declined to comment … but said"; "The …
		// Agency and the Environmental Protection Agency said in a joint statement"); an
		// AP dispatch from abroad 21/27, F1 0.73 ("Farland’s Ministry of Defense and National
		// Security said"; "said a man who gave only his first name, Samir,"; "The report
		// attributed …"; "Abu Khalil was among them", then "he said"); a magazine essay in
		// the Atlantic's style 26/27, F1 0.93 ("according to figures published each week
		// by …"; "said Ardent Springs’ bargaining position is weaker"; "the Nation" as a
		// body; and, found in the round after, "When Reindl … rose in parliament and
		// accused Korsthan of running “…”"). Still missed: an observatory's assessment that
		// its spokeswoman reports ("said its most recent regional assessment … had found").
		{"grain", "../testdata/grain/grain-export-accusations-attribution.jsonl", 1.0, 0.95},
		{"natsec", "../testdata/natsec/cyber-intrusion-officials-attribution.jsonl", 1.0, 0.95},
		{"apintl", "../testdata/apintl/border-town-shelling-attribution.jsonl", 1.0, 0.95},
		{"atlantic", "../testdata/atlantic/reservoir-drought-essay-attribution.jsonl", 1.0, 0.95},
		// An eighth four, saved with their web pages' furniture: a Foreign Policy news
		// report under a "Report" label, with two bylines whose names were lost, a
		// newsletter sign-up and a "Read More" link inside paragraphs and two bios, first
		// scored 22/28, F1 0.83 (no author, so the article's voice was Foreign Policy's; "a
		// confidential report from the U.N. Panel of Experts …. The report found";
		// "Officials in both capitals said …, and a State Department official said"); a
		// Reuters story 27/29, F1 0.96 ("According to shipping-data firm Kestrel Maritime
		// Analytics"; "X … accused the government of “…”"); a New York Times story with
		// "Advertisement" lines and captions credited "Credit...NAME for The New York
		// Times" 25/28, F1 0.88 ("The audit found" after a statement was cited; "the
		// Regional Transit Cost Project" became "Project", "Justice" in "the Commuter
		// Justice Project" read as a title); a Guardian story 23/27, F1 0.91 ("according
		// to figures compiled by Holderby district council"; "Officials from the council
		// and the Environment Agency told"). Still missed: "one, Sterling Credit Ratings,
		// revised its outlook …, citing “…”"; "she said" for a woman last named two
		// paragraphs up, after a man's reported words.
		{"fpnews", "../testdata/fpnews/militia-funding-dispute-attribution.jsonl", 1.0, 0.95},
		{"reuters", "../testdata/reuters/port-strike-talks-attribution.jsonl", 1.0, 0.95},
		// "…; one, Sterling Credit Ratings, revised its outlook …, citing" was found in the
		// sixteenth round: 28/28.
		{"nytimes", "../testdata/nytimes/transit-tunnel-overruns-attribution.jsonl", 1.0, 0.9},
		{"guardian", "../testdata/guardian/coastal-erosion-village-attribution.jsonl", 0.9, 0.95},
		// A ninth four: a Foreign Policy "Argument" by an outside contributor, in the first
		// person, first scored 28/30, F1 0.88 (its title was its "Argument" label, and its
		// bio's university was taken for the publication; "a friend with whom I have
		// argued" was an unnamed source); an Al Jazeera story 27/28, F1 0.98 ("The Israeli
		// military said"); a POLITICO Europe story 26/28, F1 0.96 ("The Austrian interior
		// ministry said"); an Economist article, courtesy titles without full stops, no
		// byline, 21/27, F1 0.82 (its rubric, over the fly-title "Harbour sale | Dateline
		// DRAVSK", was a passage; "In March Ansel Korvath, the transport minister," made
		// "March" his first name; "A banker in the capital reckons"). Still missed: "“…?”
		// I asked. He did not answer directly. “…,” he said" (he is the man the author
		// was questioning, not the one named last); "When I asked a senior official …, he
		// told me"; "according to a draft prepared by the Cypriot presidency of the
		// Council".
		// "When I asked a senior official at the National Security Council this spring
		// whether …, he told me" and "if Dragomir simply absorbed the pain — he leaned
		// back" were found in a later round: 30/30, F1 0.98.
		{"fpargument", "../testdata/fpargument/sanctions-fatigue-argument-attribution.jsonl", 1.0, 0.95},
		{"aljazeera", "../testdata/aljazeera/gaza-aid-crossing-attribution.jsonl", 1.0, 0.95},
		{"politicoeu", "../testdata/politicoeu/eu-migration-pact-talks-attribution.jsonl", 0.95, 0.95},
		{"economist", "../testdata/economist/port-privatisation-economist-attribution.jsonl", 1.0, 0.95},
		// A tenth four, saved with their pages' furniture: a Washington Post story under
		// its masthead line, "Democracy Dies in Darkness" (taken for the title), with
		// share buttons and a bio for each author, first scored 26/28, F1 0.92 ("A report
		// by the Defense Department Office of Inspector General, released Tuesday, found":
		// "General" was read as a title; "Some officials in the comptroller’s office have
		// argued" went to the inspector general's office, and the unnamed people quoted
		// before were lost to "the people said"); a CNN story 26/28, F1 0.94 ("By NAME,
		// CNN"; "the Florida Division of Emergency Management"); a Bloomberg story 23/27,
		// F1 0.88 ("the Dutch chipmaker said"; "Kestrel is scheduled …. The company said";
		// "people familiar with the matter said" with no number; "A senior official at a
		// foreign embassy in The Hague, who …, said"; "— With assistance from …" was a
		// passage); a Foreign Policy column 25/27, F1 0.93 ("At least three member states
		// argued" and "four member states have" were unnamed sources; "A senior European
		// official, who …, did not dispute that assessment. “…,” the official said").
		// Still missed: a program manager quoted inside an inspector general's report.
		// Found in the sixteenth round: "At a hearing Wednesday, she held up … and asked"
		// (28/28), and on the CNN page "The GAO also found", with no "(GAO)" to say so, and
		// "FEMA disputes that account. …, agency spokesperson Marisol Quintanar said"
		// (28/28).
		{"wapo", "../testdata/wapo/pentagon-drone-contract-attribution.jsonl", 1.0, 0.95},
		{"cnn", "../testdata/cnn/hurricane-recovery-funds-attribution.jsonl", 1.0, 0.95},
		{"bloomberg", "../testdata/bloomberg/chipmaker-export-curbs-attribution.jsonl", 1.0, 0.95},
		{"fpcolumn", "../testdata/fpcolumn/alliance-credibility-column-attribution.jsonl", 1.0, 0.95},
		// An eleventh four: an Axios story in labelled paragraphs ("Why it matters:", "What
		// they're saying:") first scored 26/28, F1 0.98 ("X, a senior staff attorney at …,
		// called the loss of the private right of action “…”": a quotation eight words on);
		// a Reuters story as syndicated, "UPDATE 2-" over its title, an editor's note and
		// its credits in parentheses, 26/30, F1 0.90 ("A Reuters poll found"; "A report by
		// the institute published in February found"; "Two sources with knowledge of the
		// board’s discussions said"; "Marant-Dobrev described the policy stance as “…”"); a
		// newsletter post in the first person 18/27, F1 0.76 ("Subscribe" and "Thanks for
		// reading …!" around it; "The Estmark Ministry of Foreign Affairs went further …,
		// saying"; "A report by the observatory published in January found"; "the official
		// said" of an official quoted eleven paragraphs before); a Foreign Policy analysis
		// saved from a browser, its tab's " – Foreign Policy" on the title, 24/27, F1 0.93
		// ("he promised that …"). Still missed: "One reader, a retired colonel who …,
		// wrote:"; "she said" after a woman named in an appositive; "he said" after "the
		// same Le Monde interview"; the author quoting her own earlier post (found in the
		// seventeenth round: "As I wrote last month, “…”", 25/27); "It found"
		// and "it warned" for a document's owner.
		{"axios", "../testdata/axios/state-ai-law-axios-attribution.jsonl", 0.95, 0.95},
		{"reutersupdate", "../testdata/reutersupdate/central-bank-rate-decision-attribution.jsonl", 1.0, 0.95},
		{"substack", "../testdata/substack/think-tank-newsletter-attribution.jsonl", 0.75, 0.8},
		// "Kaldesh’s latest defense white paper, released by the Kaldeshi Ministry of
		// Defense in October, did not mention …. But it warned" was found in the sixteenth
		// round: 27/27, F1 1.00.
		{"fpsuffix", "../testdata/fpsuffix/submarine-deal-doubts-attribution.jsonl", 1.0, 0.95},
		// A twelfth round of three, in shapes users' own files take: a story saved by a
		// browser's reader mode as Markdown, with inline links, an image line and a
		// blockquote, first scored 21/28, F1 0.80 (its byline, "By NAME · March 4, 2026",
		// was not read, so its narration was the title's; "[said in a statement](…)" hid
		// the verb; "According to the [union](…)"; "A report by the Halden Institute"; "But
		// a senior official at the Ministry …, who …, said"); a story in plain text
		// hard-wrapped at 72 columns 23/28, F1 0.87 ("A librarian at one of the affected
		// branches, who …, said"; "The librarian who asked not to be named said"; "The
		// Friends of the Port Ashby Library, a nonprofit …, said"); a Foreign Policy
		// interview in "FP:" and "VRENHOLM:" turns, 3/28, F1 0.35 (the turns' labels were read
		// before the introduction had named Matthias Vrenholm, "FP" is the outlet's
		// initials, and an answer that quotes others, or runs on into an unlabelled
		// paragraph, is still the envoy's). Still missed: a union leader's post set as a
		// blockquote after a colon; "The budget memo also proposes …, which it estimated".
		{"mdlinks", "../testdata/mdlinks/port-strike-markdown-attribution.jsonl", 0.9, 0.95},
		{"hardwrap", "../testdata/hardwrap/library-closures-plaintext-attribution.jsonl", 0.9, 0.95},
		// The interview's speaker-set F1 rose from 0.88 to 0.97 in the sixteenth round: "the
		// Geneva Centre for Ceasefire Monitoring", "the Temsk-based Centre for Detainee
		// Rights", "two Western diplomats in Temsk I still speak to", "Two people who were
		// present in Temsk that night told me", and "At about 2 a.m. the head of the
		// government delegation, Rostislav Benes, took a phone call …. He came back … and
		// told us"; then 0.98 with "Dr. Caldwell-Moreau has written that" in an answer that
		// runs on into an unlabelled paragraph. Still missed: "the Corvenian Foreign
		// Ministry" after "the Foreign Ministry" of another country.
		{"fpinterview", "../testdata/fpinterview/former-envoy-interview-attribution.jsonl", 1.0, 0.95},
		// A thirteenth round, four more Foreign Policy shapes: a "Dispatch" with a dateline,
		// first scored 26/28, F1 0.96 ("according to the Nardian Border Guard": "Guard" was
		// read as a title); an analysis by two named authors with their roles, 25/28, F1
		// 0.91 (the second author and the two bios: the bios were a passage, and the
		// publication was "Foreign Policy,"; "When Veskaria’s Ministry of Commerce and
		// Resources announced"; "X, chief executive of Northfell Resources, which …, told"
		// went to the company); an explainer under question subheadings 27/28, F1 0.98 ("A
		// 2022 study by the Stockholm-based Centre for River Security counted"); a story with
		// an editor's note over its body, 25/28, F1 0.93 (the note was a passage; "A
		// diplomatic cable sent from the U.S. Embassy in Korvany …, said …. the cable
		// said"; "several residents said", a group to the gold, found after). Still
		// missed: "That assessment, the IEON’s final report …, found" (found in the
		// sixteenth round: 28/28).
		{"fpdispatch", "../testdata/fpdispatch/border-crossing-dispatch-attribution.jsonl", 0.95, 0.95},
		{"fptwoauthors", "../testdata/fptwoauthors/rare-earth-rivalry-attribution.jsonl", 0.95, 0.95},
		{"fpexplainer", "../testdata/fpexplainer/water-treaty-explainer-attribution.jsonl", 1.0, 0.95},
		{"fpeditorsnote", "../testdata/fpeditorsnote/election-monitor-expelled-attribution.jsonl", 1.0, 0.95},
		// A fourteenth round, two more Foreign Policy analyses saved as the shipped one was,
		// but with a blank line between the caption and its repeat with the credit: one on a
		// government's accusations that experts doubt, first 26/28, F1 0.96 (the caption was
		// a passage; "“…,” he said" after "Vessenian officers handed over …", which had made
		// the Vessenian Foreign Ministry the subject; "An aide to the prime minister rejected
		// that suggestion …, telling the newspaper that"), and one on sanctions leaking
		// through a port, 25/27, F1 0.93 ("A senior official at the Union’s sanctions
		// directorate, who …, said the Union was preparing" went to the Union; "The ICTI
		// report offered some support for that view. It found that …").
		{"fpclaims", "../testdata/fpclaims/dalmoria-vessen-militia-claims-attribution.jsonl", 1.0, 0.95},
		{"fpbackdoor", "../testdata/fpbackdoor/aldessa-sanctions-backdoor-attribution.jsonl", 1.0, 0.95},
		// A fifteenth round, two more: a cable cut that one government calls sabotage, first
		// 26/28, F1 0.89, the misses "two diplomats familiar with the talks" (the gold's
		// label for what the engine calls "diplomats familiar with the talks", as every
		// earlier gold file does; the label was made to match) and "Serin Subsea Networks
		// has asked both governments to create" (a request, now a deed); and food aid sold
		// on by a militia, first 27/28, F1 0.95 (the gold's "Western diplomat" for "a Western
		// diplomat in the capital", made to match).
		{"fpcable", "../testdata/fpcable/undersea-cable-sabotage-attribution.jsonl", 1.0, 0.95},
		{"fpaid", "../testdata/fpaid/food-aid-diversion-attribution.jsonl", 1.0, 0.95},
		// A sixteenth round, three more Foreign Policy pages written blind: a pipeline deal
		// that stalled, first 26/29, F1 0.87 ("A senior official at the Orsenian energy
		// ministry, who spoke on condition of anonymity because …, said", then "the senior
		// energy ministry official conceded" after a minister was named, and "he said"
		// after "the Vessa Link remains"; "The two diplomats said" for "two diplomats
		// familiar with the talks"); a camp on a border, first 26/28, F1 0.96 ("An aid
		// worker with an international organization operating along the border, who …,
		// said"; "A briefing paper published by the … Institute for Human Rights in October
		// documented"); debt talks, first 26/31, F1 0.84 ("Rafael Osmundo, an economist at
		// the … University of Caldoria said", its closing comma missing; "published by the
		// Central Bank of Caldoria on Oct. 31 found"; "On Nov. 3, Corvane Ratings cut …, to
		// “CCC-,” citing"; "Two diplomats from countries represented on the fund’s
		// executive board, speaking on condition of anonymity …, said"). Still missed: the
		// camp's institute, whose paper the paragraph reports, comes after the researcher
		// it quotes (documents are spoken through in passing). "the Finance Ministry" after
		// "Caldoria’s Finance Ministry" (the gold's shorter name) came in the twenty-second
		// round: a country's possessive is no part of its body's name (31/31).
		{"fppipeline", "../testdata/fppipeline/gas-pipeline-standoff-attribution.jsonl", 1.0, 0.95},
		{"fpcamp", "../testdata/fpcamp/border-camp-dispatch-attribution.jsonl", 0.95, 0.95},
		{"fpdebt", "../testdata/fpdebt/debt-restructuring-talks-attribution.jsonl", 1, 0.99},
		// A seventeenth round, three more written blind: a collision in a disputed strait,
		// first 20/28, F1 0.81 with the engine as the session began and 23/28, 0.90 after the
		// sixteenth round's rules ("Two Sorvenian officials familiar with …
		// offered …. …, they said", "Brennick did, however, say", "The … Security Council, a
		// regional bloc …, issued a communiqué … urging", "The agency estimates" after
		// "According to figures from the Sorvenian Fisheries Agency", a sentence's "Two"
		// taken into a name); a profile of an opposition leader, first 20/29, F1 0.68 and
		// 21/29 (the leader first named only in the possessive, "Mira Talvoska’s speech",
		// then "Talvoska, 47, …" and "she"); a first-person "Argument", first 25/29, F1
		// 0.85 ("I wrote that", "I made it myself, in a 2021 memo …: “…”", "The council’s
		// annual review, published in February, calls", "the National Bank’s report
		// concedes" after "the National Bank of Drevnia"). Still missed: "she shouted" with
		// no subject for "she" yet; "she noted" after "unseat Brasko" (a man whose pronoun
		// nothing gives) and the quotation running on after it; an organisation's "according
		// to" and a quoted sister tied, in their order.
		{"fpstrait", "../testdata/fpstrait/strait-collision-incident-attribution.jsonl", 0.95, 0.95},
		{"fpprofile", "../testdata/fpprofile/opposition-leader-profile-attribution.jsonl", 0.85, 0.85},
		{"fpsanctionsarg", "../testdata/fpsanctionsarg/drevnia-sanctions-argument-attribution.jsonl", 1.0, 0.95},
		// An eighteenth round, three more written blind: a cyberattack on a power grid,
		// first 28/29, F1 0.94 ("Two diplomats from Northern Accord member states said": the
		// noun "states" before the verb was read as one; "The other cautioned" and "the
		// official said" after "one of the officials"; "Northmark …, a … firm, published a
		// 46-page report concluding that"); an arms sale held up in the Senate, first 26/29,
		// F1 0.92 ("a report released in June by Meridian Rights Watch, which documented
		// …. … the group concluded"; "“…,” the report said"; "“…,” the statement
		// continued"); a vetoed Security Council resolution, first 26/30, F1 0.92 ("the
		// Permanent Mission of Tarnesia to the United Nations distributed a one-paragraph
		// statement … dismissing"; "A tally maintained by the Castellan Institute shows";
		// "Tarnesia claimed" taken for the mission).
		{"fpcyber", "../testdata/fpcyber/grid-cyberattack-attribution-attribution.jsonl", 1.0, 0.95},
		{"fparmssale", "../testdata/fparmssale/fighter-jet-sale-dispute-attribution.jsonl", 1.0, 0.95},
		{"fpunveto", "../testdata/fpunveto/security-council-veto-attribution.jsonl", 1.0, 0.95},
		// A nineteenth round, three more written blind: a migration deal coming apart, first
		// 19/29, F1 0.68 ("Karim, 34, who organizes crossings … and asked that only his first
		// name be used, said", then "as Karim described it"; "A diplomat from Vellmark, one of
		// the northern members …, took the opposite view. …, the diplomat said"; "published a
		// report last September documenting"); an election-disinformation network, first
		// 22/31, F1 0.73 ("the Halden Lab for Information Integrity" cut to its last words;
		// "The assessment, an unclassified summary …, said"; "Drevpress itself went further,
		// publishing a commentary that described"); a climate-finance summit, first 25/28,
		// F1 0.88 ("A draft of the final decision, prepared by the … Secretariat and leaked
		// …, showed"; "Brannmark’s Ministry of Climate and Energy …, saying"; "In a joint
		// statement …, the Group of 31 accused"). Still missed: meeting minutes ("Krell … is
		// recorded as replying that"); "Satellite tracking data reviewed by Foreign Policy
		// shows" (the publication is no source); "A senior official …, who spoke on condition of
		// anonymity …, rejected that characterization" ("rejected" as a speech verb cost two
		// older pages an extra speaker each). "Taurenia’s Central Election Commission",
		// which the gold names without the country, came in the twenty-second round (27/31),
		// and the anonymous official's "rejected that characterization" after the
		// who-clause in the twenty-third (28/31), "Loomstream, the video and messaging
		// platform where …, said" in the twenty-eighth (29/31), and "a public assessment
		// released last month by the Taurenian Security and Intelligence Service" in the
		// twenty-ninth (30/31).
		{"fpmigration", "../testdata/fpmigration/migration-deal-collapse-attribution.jsonl", 0.8, 0.8},
		{"fpdisinfo", "../testdata/fpdisinfo/election-disinformation-network-attribution.jsonl", 0.85, 0.9},
		{"fpclimate", "../testdata/fpclimate/climate-finance-summit-attribution.jsonl", 1.0, 0.95},
		// A twentieth round, three analyses written blind in the shipped article's shape (a
		// government's claim, and the experts and officials who doubt it): intelligence that
		// undercuts a minister, first 27/30, F1 0.91 ("far thinner than she suggested" is
		// what she said in passing; "When Teshvanian Foreign Minister …" gave "When" to her
		// role; "Tsevra had recalled its ambassador" is no memory told; "A report published
		// in June by the … Project, …. It found"); a disputed nuclear programme, first 26/28
		// (its misses are a document owned through "Its" after "The agency itself has been
		// cautious", and an unnamed official's who-clause the gold keeps in the label); a
		// neighbour accused of sheltering a group's leaders, first 25/30, F1 0.88 ("the
		// group’s emir, Mehr Azanti," then "Azanti said"; "the Sarmethi journalist Nadia
		// Feroun", then "Feroun … told Foreign Policy that", the publication being the
		// listener; "States, as he put it, “…”"), 28/30 until "a report by the Concord of
		// Nations Sanctions Monitoring Team …. The team found" (30/30, F1 1.00).
		{"fpintel", "../testdata/fpintel/intelligence-undercuts-claims-attribution.jsonl", 0.95, 0.9},
		{"fpnuclear", "../testdata/fpnuclear/nuclear-talks-skepticism-attribution.jsonl", 0.9, 0.9},
		{"fpterror", "../testdata/fpterror/terror-links-dispute-attribution.jsonl", 1, 0.99},
		// A twenty-second round, three written blind after the ranking's coverage and length
		// terms: a dam on a shared river, first 31/31, F1 0.98; talks on a junta's return to
		// civilian rule, first 27/28, 0.98 ("Brig. Gen. Aurélien Tchassa": two abbreviated
		// ranks); a sovereign wealth fund's missing billions, first 25/29, 0.90
		// ("Tavrenia’s Office of the Auditor-General", named by the gold without the
		// country; "according to the two diplomats familiar with the talks", referred back
		// to; a lawyer who "declined to comment further, citing …" after his client's
		// statement); the dam page's "according to Ruth Anselm, director of the Aszeny
		// polling firm Civitas Polling, who said" gave the firm too (F1 0.98 → 1.00).
		{"fpdam", "../testdata/fpdam/river-dam-dispute-attribution.jsonl", 1, 0.99},
		{"fpjunta", "../testdata/fpjunta/junta-transition-talks-attribution.jsonl", 1, 0.99},
		{"fpfund", "../testdata/fpfund/wealth-fund-scandal-attribution.jsonl", 1, 0.99},
		// A twenty-third round, three more written blind: pandemic-treaty talks, first
		// 27/29, F1 0.96 ("A senior official at the Kestlandic health ministry, who spoke on
		// condition of anonymity because …, did not dispute that account but said": the verb
		// after the who-clause, and a country's adjective in the affiliation; "according to
		// disclosures compiled by Open Health Ledger"); a naval base's lease on an island,
		// first 30/31, 0.98 ("a draft agreement prepared by the Drovnian Ministry of Commerce
		// and seen by Foreign Policy includes"); a border commission, first 29/30, 0.94
		// ("In the meantime, Odvalic’s survey equipment sits …. She said": a paragraph that
		// opens with a person in the possessive is about them). Still missed there: "The
		// Dravonian General Staff said" ("General" read as a title).
		{"fptreaty", "../testdata/fptreaty/pandemic-treaty-talks-attribution.jsonl", 1, 0.99},
		{"fpisland", "../testdata/fpisland/island-base-lease-attribution.jsonl", 1, 0.99},
		{"fpborder", "../testdata/fpborder/border-demarcation-dispute-attribution.jsonl", 1, 0.95},
		// A twenty-fourth round, written blind, first contact: a contractor's withdrawal,
		// 27/29, 0.94 ("the U.N. Panel of Experts on Dourané, whose latest report to the
		// Security Council, …, found"; "The panel of experts raised a similar concern. Its
		// report warned"); a currency's collapse, 27/28, 0.96 ("a senior member of the ruling
		// National Renewal Party, who asked not to be named, said": no party as a speaker, and
		// "the party official said" is that member); an election audit, 25/30, 0.90 ("The
		// preliminary report of the Organization for Democratic Security in Europe’s election
		// observation mission, which …, found"; "The three-page document, on the letterhead
		// of the Department of Internal Policy …, sets"; "said a senior diplomat from one of
		// the countries that contributed observers to the mission"). Still missed there: the
		// order of two paragraphs, where the gold puts figures or a memo's words before a
		// person's, and this engine the person who speaks in person.
		{"fpmercenary", "../testdata/fpmercenary/mercenary-withdrawal-attribution.jsonl", 1, 0.99},
		{"fpcurrency", "../testdata/fpcurrency/currency-controls-attribution.jsonl", 1, 0.99},
		{"fpaudit", "../testdata/fpaudit/election-audit-attribution.jsonl", 0.9, 0.99},
		// A twenty-fifth round, written blind in Markdown with front matter as the test
		// article is, first contact: a port automating its cranes, 27/29, 0.92; a children's
		// antibiotic running short, 22/28, 0.84 ("The Food and Drug Administration", then
		// "the FDA said": "administration" was no organisation's noun; "an inspection report
		// the Food and Drug Administration posted"; "A survey of 412 hospital pharmacy
		// directors, conducted … by …, found"); a library board's vote, 26/29, 0.92
		// ("Figures compiled by the council show", after "the Missouri Council of Library
		// Professionals"; "Kessling twice warned"; "Hours before the meeting, the Missouri
		// Civil Liberties Project, a nonprofit legal advocacy group …, sent the board a
		// letter …. The letter urged"; "and that at least one member of the majority had
		// asked", inside two trustees' account, is theirs). Then "the Port of Kessling Harbor said" ("Port" opens a body's
		// name before "of", and a town's without it) and "who has studied automated
		// terminals in Europe, Asia and Southern California, said" (a pair of speakers
		// needs its first to be someone known) made the port page 29/29, 0.98.
		{"automation", "../testdata/automation/port-automation-attribution.jsonl", 1, 0.95},
		{"shortage", "../testdata/shortage/antibiotic-shortage-attribution.jsonl", 1, 0.99},
		{"bookvote", "../testdata/bookvote/library-board-vote-attribution.jsonl", 1, 0.99},
		// A twenty-sixth round, the same way, first contact: a university's handling of
		// research misconduct, 22/27, 0.79 ("The 212-page report of the Research Integrity
		// Investigation Committee, a copy of which the Ledger obtained, reaches a different
		// conclusion. It found"; "According to records from the National Institutes of
		// Health"; "the … Faculty Senate voted … for a resolution declaring …. The
		// resolution called for"); groundwater permits, 25/27, 0.96 ("board member Carla
		// Brisbane, a retired irrigation district manager from Yuma, who said"; "Records from
		// the Arizona Office of Well Monitoring show"); a police shooting's footage, 25/28,
		// 0.91 ("according to a preliminary account the department posted"; "Two Kessling
		// officers who have watched the footage, speaking on condition of anonymity, said";
		// "… but left before Orvik finished speaking. “…,” she said"). Still missed: "The
		// Annals retracted one of the papers. Its retraction notice said" (a journal named
		// by no organisation's noun), "which he argued could be a new target" (his claim,
		// where the gold has nobody), and the people a speaker reports on counted as
		// speaking ("he told me it was a placeholder", inside her quotation, is his for the
		// gold; "Halloway said Ashgrove intends to ask" is not Ashgrove's).
		{"misconduct", "../testdata/misconduct/research-misconduct-attribution.jsonl", 0.9, 0.85},
		{"wells", "../testdata/wells/groundwater-permits-attribution.jsonl", 1, 0.99},
		{"bodycam", "../testdata/bodycam/bodycam-footage-attribution.jsonl", 1, 0.99},
		// A twenty-seventh round, the same way, first contact: a school district's bus
		// routes cut for want of drivers, 26/29, 0.89 ("She said she had asked a neighbor
		// about sharing rides …. “…,” she said": only the writer's question makes the one
		// asked the next "she"; "as Ridgeline adds drivers" is a deed); a homeowners'
		// insurance rate increase, 25/28, 0.89 ("The company’s rate filing, …, lays out the
		// stakes. According to the filing"; "said state Sen. Roland Guidry"); a homeless
		// encampment cleared, 25/29, 0.94 ("Councilor Annelise Ruvalcaba, one of the two
		// members who voted against the ordinance, said"; "Raymond Lusk, 61, a former
		// long-haul trucker who said"). Still missed: a count "released in May by" a
		// consortium, then "The one-night tally found"; the order of a statement and a
		// person commenting on it; an unnamed source's reason for anonymity, which this
		// gold counts in the description and others do not.
		{"buses", "../testdata/buses/bus-driver-shortage-attribution.jsonl", 0.95, 0.9},
		{"ratehike", "../testdata/ratehike/insurance-rate-hike-attribution.jsonl", 1, 0.95},
		{"encampment", "../testdata/encampment/encampment-sweep-attribution.jsonl", 0.9, 0.95},
		// A twenty-eighth round, the same way, first contact: a county's 911 outage, 30/30,
		// 1.00; libraries' e-book licences, 27/29, 0.96 ("Brightshelf, the vendor through
		// which it licenses …": a vendor is a business, and "asked Brightshelf, …, for a
		// discount" is a request; "according to the library’s annual circulation figures"
		// after the Lakemont Public Library); a peacekeeping mission told to leave, 28/28,
		// 1.00.
		{"outage", "../testdata/outage/911-outage-attribution.jsonl", 1, 0.99},
		{"ebooks", "../testdata/ebooks/library-ebooks-attribution.jsonl", 1, 0.99},
		{"peacekeepers", "../testdata/peacekeepers/peacekeepers-exit-attribution.jsonl", 1, 0.99},
		// A twenty-ninth round, first contact: a school's cellphone ban, 27/28, 0.94 ("a
		// group of about 140 families calling itself Parents for Safe Contact sued …. The
		// group’s complaint says"; "Quietcase Inc., a Pennsylvania company that says"); lead
		// service lines left in the ground, 27/29, 0.96 ("a report released last month by
		// the Carrow Office of Inspector General"); a shadow-fleet tanker aground, 28/28,
		// 0.98 ("The firm’s records show" after data from a ship-tracking firm, not the
		// sandbank named first).
		{"phones", "../testdata/phones/phone-ban-attribution.jsonl", 1, 0.99},
		{"leadpipes", "../testdata/leadpipes/lead-pipes-attribution.jsonl", 1, 0.99},
		{"tanker", "../testdata/tanker/tanker-grounding-attribution.jsonl", 1, 0.99},
		// A thirtieth round, first contact: a wildlife commission's vote on wolves, 27/28,
		// 0.98 ("Corwin rejected Ivey’s reasoning, arguing that"); a graduate workers'
		// strike, 28/30, 0.97 ("the … Faculty Senate passed a resolution, …, urging the
		// administration to “…”"; "The university, in a statement, put the figure at … and
		// said"); deep-sea mining, 25/28, 0.93 ("a bloc that calls itself the Coalition for
		// a Precautionary Pause"; "Instead, it proposed"; "Two younger fishermen …, who
		// asked not to be named, said"). Still missed: the strike page's paragraph where
		// the union "estimates" one figure and the university, quoted, another (the gold
		// puts the university first).
		{"wolves", "../testdata/wolves/wolf-vote-attribution.jsonl", 1, 0.99},
		{"gradstrike", "../testdata/gradstrike/grad-strike-attribution.jsonl", 0.95, 0.99},
		{"seabed", "../testdata/seabed/seabed-mining-attribution.jsonl", 1, 0.99},
		// A thirty-first round, first contact: a rural hospital's maternity ward closed,
		// 27/29, 0.93 ("the hospital said" after one hospital was a subject and another
		// only mentioned; "a 2023 report by the Halloway Center … at the University of the
		// Northern Plains found that"); vacation rentals capped, 27/28, 0.96 ("Council
		// Member Anita Rosqvist"); a nationwide mobile-internet shutdown, 23/27, 0.89
		// ("Kessartel, the state-controlled operator that … (24 words), said"; "Zipway,
		// which is headquartered in …, said"; "Halek puts the direct hit … at between 310
		// million and 380 million"; "… summoned Dravenia’s ambassador and, in a readout
		// published afterwards, called the statement “…”").
		{"maternity", "../testdata/maternity/maternity-closure-attribution.jsonl", 1, 0.99},
		{"rentals", "../testdata/rentals/short-term-rentals-attribution.jsonl", 1, 0.99},
		{"shutdown", "../testdata/shutdown/internet-shutdown-attribution.jsonl", 1, 0.99},
		// A thirty-second round, first contact: apples left unpicked, 28/29, 0.95; an SUV
		// recall, 22/28, 0.83 ("the automaker said"; "Halvern said" after "Lakeside
		// Halvern, a dealership"; "A former Halvern engineer who worked on …, and who spoke
		// on condition of anonymity …, said"); ambassadors expelled, 27/28, 0.98 ("A snap
		// survey …, published by the chamber on Wednesday, found"). Still missed: "A
		// chronology that Halvern submitted … shows" (making "chronology" a document noun
		// cost the shipped article a paragraph); an unnamed official's reason for
		// anonymity, which this gold counts in the description.
		{"orchard", "../testdata/orchard/orchard-labor-attribution.jsonl", 0.95, 0.9},
		{"recall", "../testdata/recall/suv-recall-attribution.jsonl", 0.95, 0.95},
		{"envoy", "../testdata/envoy/envoy-expulsions-attribution.jsonl", 1, 0.99},
		// A thirty-third round, first contact: a river bridge closed, 28/29, 0.96 ("According
		// to the Federal Highway Administration’s National Bridge Inventory"); a state's
		// lawsuit against a vape maker, 19/27, 0.71 ("sued …, accusing the company of";
		// "Kesselring’s suit seeks"; "Kesselring’s complaint describes"; "according to a
		// survey of 4,200 students conducted last fall by"; "a 16-year-old sophomore who
		// asked to be identified only by his first name, Caleb, …, said"); a regional
		// summit's collapse, 25/27, 0.91 ("seen by The Meridian Review shows"; "the
		// Aldhaven Centre"). Still missed: "one of the former employees said", which the
		// vape page's gold gives the description met first; the order of a report and the
		// ministry disputing it.
		{"bridge", "../testdata/bridge/bridge-closure-attribution.jsonl", 1, 0.99},
		{"vaping", "../testdata/vaping/vape-lawsuit-attribution.jsonl", 0.9, 0.85},
		{"summit", "../testdata/summit/summit-collapse-attribution.jsonl", 0.95, 0.99},
		// A thirty-fourth round, first contact: pharmacies closing, 28/29, 0.98 ("Map data
		// compiled by Naomi Ferreira, a health geographer …, shows"); a convention
		// center's jobs audited, 27/29, 0.98 ("According to the audit" after "the Office of
		// the City Auditor"); a ceasefire tested, 25/27, 0.91 ("the International Observer
		// Mission in the Tesk Valley"). Still missed: the order of the auditor's report and
		// the auditor.
		{"pharmacy", "../testdata/pharmacy/pharmacy-closures-attribution.jsonl", 1, 0.99},
		{"stadiumjobs", "../testdata/stadiumjobs/convention-center-audit-attribution.jsonl", 0.95, 0.99},
		{"ceasefire", "../testdata/ceasefire/ceasefire-test-attribution.jsonl", 1, 0.99},
		// A thirty-fifth round, first contact: child-care classrooms closed, 25/27, 0.94
		// ("A survey of 1,140 early-childhood teachers conducted by the alliance in January
		// found"); an oil pipeline's spill, 27/29, 0.96; a term-limits referendum, 27/29,
		// 0.94 ("The statement cited" after "the preliminary statement of the
		// International Election Observation Mission"; "In the industrial town of …, a
		// nurse … who gave only her first name, Vesna, …, said"). Still missed: "a bill
		// that she says would" after her name opened the sentence; "Northplains
		// Midstream, the Casper, Wyo.-based company that operates the line, said" (a comma
		// inside the description); an agency that "issued a corrective action order".
		{"daycare", "../testdata/daycare/child-care-cliff-attribution.jsonl", 0.95, 0.95},
		{"pipelinespill", "../testdata/pipelinespill/pipeline-spill-attribution.jsonl", 0.9, 0.95},
		{"referendum", "../testdata/referendum/term-limits-referendum-attribution.jsonl", 1, 0.99},
		// A thirty-sixth round of two pages, measured only (the misses below were ruled
		// on in the next round, and both pages are now 29/29 and 27/27): nurses striking, 27/29, 0.96
		// ("According to data the department compiled from hospitals’ annual staffing
		// reports" after "Figures from the Ohio Department of Health tell"; "one of them, an
		// intensive care nurse from Texas, said"); a shared river too low for barges, 25/27,
		// 0.93 ("An engineering assessment prepared for the river commission … put the cost
		// at"; "In its Monday statement, it said" after "The Dravian ministry did not
		// respond").
		{"nurses", "../testdata/nurses/nurses-strike-attribution.jsonl", 1, 0.99},
		{"dredging", "../testdata/dredging/river-dredging-attribution.jsonl", 1, 0.99},
		// A thirty-seventh round, first contact with its gold brought to the convention
		// (no count before an unnamed source, "who have been" dropped before why they
		// know, articles kept): a zoning ruling struck down, 25/28; a fertilizer tariff,
		// 24/27; a school start-time study, 23/26. The rules it showed: "Corvane’s
		// lawyers argued"; "a staff report from the … Department that warned"; "Brenhold
		// Mining, Karsland’s largest potash producer and …," then "the company said" and
		// "Brenhold’s annual report …. The filing warned"; "Two diplomats from
		// neighboring states who have been briefed on the talks offered …, saying";
		// "the union said" after "The … Education Association, which represents …";
		// "according to a report last year by". Still missed: a court named only in the
		// next paragraph ("A state appeals court … struck down …, ruling that"), and
		// "according to a district budget document" (the district is named as "…
		// Public Schools").
		{"zoningcourt", "../testdata/zoningcourt/zoning-verdict-attribution.jsonl", 0.95, 0.95},
		{"fertilizer", "../testdata/fertilizer/fertilizer-tariff-attribution.jsonl", 1, 0.95},
		{"schoolstart", "../testdata/schoolstart/school-start-study-attribution.jsonl", 0.95, 0.95},
		// A thirty-eighth round, first contact: a supermarket merger blocked, 22/27, 0.83
		// (a wire dateline with a date, "HALVIK, Vestria, March 12 (Continental Wire) —",
		// read as the University of Halvik; "filed its complaint …. The complaint argues";
		// "FreshWay and Corlan said in a joint statement", after "supermarket chains
		// FreshWay Markets and Corlan Foods", read as one company; "a report by the Food
		// and Retail Workers’ Union"); a delta flood, 22/26, 0.88 (a report's "It found"
		// opening the next paragraph; "She added:" after "in the capital, Korapur" was
		// read as the University of Korapur; "The disaster ministry …. In a second
		// statement …, it said"; "Forecasters at the National Flood Forecasting Centre
		// warned"); a police oversight vote, 26/28, 0.95 ("Council Member Harlan Teague of
		// District 9, who …, said"; "her office said"). Still missed: the joint statement's
		// second company (a document has one owner). The regulator of the merger's first
		// paragraph, named only in the next, was read in the round after.
		{"supermerger", "../testdata/supermerger/grocery-merger-blocked-attribution.jsonl", 1, 0.95},
		{"floodaid", "../testdata/floodaid/delta-flood-aid-attribution.jsonl", 1, 0.99},
		{"policeboard", "../testdata/policeboard/police-oversight-vote-attribution.jsonl", 1, 0.99},
		// A thirty-ninth round, first contact: software layoffs told in a memo, 26/28, 0.93
		// ("The memo, sent at 6:12 a.m. local time, told"; "The department’s own notice,
		// posted …, classifies"; "data compiled by Cutsheet, an independent tracker of …");
		// a mayoral runoff, 27/28, 0.96 ("according to a 2023 audit by the … Office" was
		// read as an unnamed source); poisoned eagles, 26/27, 0.96 ("sent a notice of
		// intent to sue …. The letter accuses"). Still missed: "Dunleavy … was not
		// available for an interview, he said", where "he" is the spokesman; two neighbours
		// who asked him something inside a rancher's account.
		{"layoffsmemo", "../testdata/layoffsmemo/software-layoffs-memo-attribution.jsonl", 1, 0.95},
		{"runoff", "../testdata/runoff/mayoral-runoff-result-attribution.jsonl", 1, 0.99},
		{"eagles", "../testdata/eagles/eagle-poisoning-probe-attribution.jsonl", 1, 0.95},
		// A fortieth round, first contact: a fact-check, 24/27, 0.88 ("According to the
		// Harlan City Police Department’s annual crime reports", a possessive too far from
		// its document; "The agency’s figures show" after the federal Justice Data Service
		// was cited in the paragraph before; "run by the city and its elected mayor, Gordon
		// Pell, she said", where "she" was the mayor); a star's knee injury, 20/27, 0.86
		// ("said Wren" after "those of Tobias Wren"; "The person with knowledge of the
		// evaluation said"; one gold line brought to the convention that who is quoted in
		// person comes before a document they cite); a comet probe, 25/26, 0.98. Sports
		// teams by their nicknames came after ("the team announced", "the Comets said in
		// a statement"; the ballpark and playoff pages gained a paragraph each), and "the
		// league office said" at the end. Still missed: "the company’s published odds" and
		// "according to a preliminary timeline the agency shared".
		{"factcheck", "../testdata/factcheck/factcheck-crime-claim-attribution.jsonl", 1, 0.99},
		{"starinjury", "../testdata/starinjury/star-injury-playoffs-attribution.jsonl", 0.9, 0.95},
		{"cometprobe", "../testdata/cometprobe/comet-probe-anomaly-attribution.jsonl", 0.95, 0.95},
		// A forty-first round, first contact: bronzes a museum returns, 23/29, 0.83 ("the
		// Castellan Museum of Art", cut at "of"); a runway near-miss, 18/27, 0.83 ("said
		// Thursday in a preliminary report", then "According to the 34-page report"; "A
		// controller at Kessel Bay who spoke on condition of anonymity because
		// controllers are not allowed to talk to reporters … said"; "according to
		// commission records"); a university president's resignation, 24/27, 0.87 ("by
		// the university Thursday afternoon" made "Thursday" a university; "writing that").
		// Still missed: a union's or an airline's statement before its president's or
		// spokeswoman's quotation of several sentences (the order); a minister quoted
		// after "called it"; the institute
		// whose "findings, set out in a 212-page report," follow its researcher's quote.
		{"bronzes", "../testdata/bronzes/museum-artifacts-return-attribution.jsonl", 0.85, 0.9},
		{"nearmiss", "../testdata/nearmiss/runway-near-miss-report-attribution.jsonl", 0.85, 0.95},
		{"presidentquits", "../testdata/presidentquits/university-president-resigns-attribution.jsonl", 1, 0.95},
		// A forty-second round, first contact: a hospital network's ransomware attack,
		// 26/27, 0.94 ("an advisory the Federal Cyber Defense Agency issued in September.
		// The advisory warned"); a famine warning, 26/29, 0.93 (a lede's "monitoring body"
		// named in the next paragraph; an assessment that "paints a grimmer picture"; "Back
		// at the feeding centre in Kessara, Sallé’s son …. “…,” she said"); a festival
		// called off, 22/26, 0.87 ("the promoter, Brightwater Live," then "the company
		// said" and "Brightwater said"; "Tixly’s standard organiser terms … say"; "Halloway
		// also promised a free show … “before the year is out”"); "said Gravelock initially
		// asked for $6.5 million" and "the fire department asked for" a certificate had
		// made the gang and the department second speakers.
		{"ransomware", "../testdata/ransomware/hospital-ransomware-attack-attribution.jsonl", 1, 0.95},
		{"famine", "../testdata/famine/northern-famine-warning-attribution.jsonl", 1, 0.95},
		{"festival", "../testdata/festival/festival-stage-failure-attribution.jsonl", 1, 0.95},
		// A forty-third round, first contact: a boil-water notice, 27/28, 0.98 (its gold's
		// "water authority officials said" was brought to the convention that bare
		// officials are nobody's words, as three older pages have it); containers lost
		// overboard, 25/27, 0.94 ("operator Castellane Ocean Lines said", a "he" taken for
		// the line, and "a preliminary list the line submitted"); a vaccine trial paused,
		// 23/28, 0.88 ("Corvane Biologics …, the company said" and "Corvane declined …,
		// saying"). Still missed: "Varga declined to give a timeline …. the company said …
		// Varga said", where the gold puts the officer first and the engine the company.
		{"boilwater", "../testdata/boilwater/boil-water-notice-attribution.jsonl", 1, 0.95},
		{"containers", "../testdata/containers/containers-lost-overboard-attribution.jsonl", 1, 0.95},
		{"trialpause", "../testdata/trialpause/vaccine-trial-paused-attribution.jsonl", 0.95, 0.95},
		// A forty-fourth round, first contact: a central bank governor fired, 25/27, 0.96
		// ("President Emil Radovan’s decree, …, citing …"; "Vassilka, an economist who …,
		// had kept …, arguing that", a sentence longer than the 40 words then looked back
		// over); a leaf-blower ban, 26/28, 0.92 ("Council Members Greg Tanaka, Marisol
		// Pruitt and Ed Vandermeer voted no", then "Vandermeer, whose 7th Ward …, argued";
		// "groups like Quiet Streets Ferrisburg", then "The group says"); an avalanche,
		// 22/27, 0.84 ("a preliminary accident report by the avalanche center"; "The
		// sheriff’s office said" after "the Harrow County Sheriff’s Office"; "the rescuer
		// said"; "The families of the three victims said", whose gold line was brought to
		// the convention that an unnamed group is anonymous; "Okafor declined to say
		// whether …, calling any answer “premature”"). Still missed: the group's
		// founder's quotation after the group's one sentence, which the gold puts first.
		{"centralbank", "../testdata/centralbank/central-bank-governor-fired-attribution.jsonl", 1, 0.95},
		{"leafblowers", "../testdata/leafblowers/leaf-blower-ban-attribution.jsonl", 0.95, 0.95},
		{"avalanche", "../testdata/avalanche/backcountry-avalanche-attribution.jsonl", 1, 0.95},
		// A forty-fifth round, first contact: rolling power cuts, 24/28, 0.90 ("according
		// to figures published by the utility" of a corporation; "a revised load-shedding
		// schedule published by the National Grid Control Centre"; "Castellan Ratings said
		// …. “…,” the agency wrote"); a portrait's authorship doubted, 26/27, 0.98
		// ("According to the museum’s acquisition file"); a cruise ship's norovirus
		// outbreak, 26/29, 0.94 ("Bluewater Crest Cruises …, the company said"; "He
		// advises passengers to keep receipts"). "The grid operator said in a statement",
		// of the centre whose schedule the paragraph before cites, was found in the
		// fifty-fourth round's session: 28/28, 0.98.
		{"hydro", "../testdata/hydro/hydro-power-cuts-attribution.jsonl", 1, 0.95},
		{"painting", "../testdata/painting/portrait-authorship-doubt-attribution.jsonl", 1, 0.95},
		{"norovirus", "../testdata/norovirus/cruise-norovirus-outbreak-attribution.jsonl", 1, 0.95},
		// A forty-sixth round, first contact: a heat wave's deaths, 26/28, 0.96
		// ("Forecasters at the Marrowfield office of the National Weather Bureau said");
		// a right-to-repair law, 24/27, 0.89 ("Veradyne, which sells …, took a softer
		// line. In a statement, the company said"; "The league’s report puts the cost";
		// "whether or not Albrecht signs it. …, she said" of the professor); a food
		// company's whistleblower, 24/28, 0.89 ("Pell Valley said" of Pell Valley Foods).
		// Still missed: "the city said" of a city the gold calls "City of Marrowfield",
		// which the article never names; a complaint's lede and "was submitted by Denise
		// Harrow" in the paragraph after; "Inspection reports released by the agency
		// under a public-records request show"; four former workers who "described"
		// practices before the one the gold puts first.
		{"heatwave", "../testdata/heatwave/heat-wave-deaths-attribution.jsonl", 0.95, 0.95},
		{"repair", "../testdata/repair/right-to-repair-law-attribution.jsonl", 1, 0.95},
		{"whistleblower", "../testdata/whistleblower/listeria-whistleblower-attribution.jsonl", 0.85, 0.9},
		// A forty-seventh round, first contact: a quarry's expansion, 22/28, 0.86 ("One
		// board member who voted in favor, speaking on condition of anonymity because …
		// while an appeal is possible, said", whose "an appeal" had put the source inside
		// a subordinate clause; "A traffic study prepared by the county engineer, Tom
		// Haskins, …, counted" and "The study did find"); a transit strike, 25/28, 0.94; a
		// climate exhibit pulled, 22/27, 0.85. Still missed: a mediator's proposal "drawn
		// up by" her; "Ostrander raised
		// its objection in a letter …. The letter called"; a staff open letter and an
		// advisory council's joint statement whose owners the gold names; "the employee
		// said" of "a member of the exhibitions team".
		{"quarry", "../testdata/quarry/quarry-expansion-vote-attribution.jsonl", 0.95, 0.95},
		{"transitstrike", "../testdata/transitstrike/capital-transit-strike-attribution.jsonl", 0.85, 0.9},
		{"exhibit", "../testdata/exhibit/climate-exhibit-pulled-attribution.jsonl", 0.8, 0.85},
		// A forty-eighth round, first contact: a zoo's elephants, 27/29, F1 0.94; a chess
		// cheating inquiry, 23/27, 0.92 ("Her analysis, commissioned by the federation in
		// April, put the odds"; "In a 64-page report …, the federation's … Panel said"
		// and then "The report also pointed to …. After Vasko returned to the board, it
		// said,"; "Arvo had warned …, one of the people said"; "the club where Vasko
		// learned the game. “…,” she said"); bank branch closures, 26/29, 0.93 ("Harwick
		// said" before the article names Harwick Financial Corp.; "a filing that Harwick
		// Financial Corp., the bank's publicly traded parent, made"). Still missed: "an
		// independent panel convened by the Lindell College of Veterinary Medicine" (a
		// college's name is cut at "of"); "Not everyone on the council agrees" read as the
		// council's; a spokeswoman quoted after her company's one sentence put second.
		// The review and the commissioner's letter were found in the round after, the
		// council two rounds after.
		{"zoo", "../testdata/zoo/zoo-elephant-transfer-attribution.jsonl", 0.95, 0.95},
		{"chess", "../testdata/chess/chess-cheating-inquiry-attribution.jsonl", 0.95, 0.95},
		{"branches", "../testdata/branches/bank-branch-closures-attribution.jsonl", 0.95, 0.95},
		// A forty-ninth round, first contact: a manuscript stolen from an archive, 27/28, F1
		// 0.98 ("according to the district attorney’s office", of "the Linden County
		// Office of the District Attorney"); a cod quota cut, 28/28, 1.00; a lottery's false
		// jackpot, 26/28, 0.96 ("In a letter to Lindqvist dated Monday and obtained by 7 On
		// Your Side, Oyelaran asked", an opening longer than twelve words). Still missed:
		// "according to the governor’s executive order" ("order" as a document noun gave a
		// pipeline's "The order said" to the company the order was issued against).
		{"manuscript", "../testdata/manuscript/archive-manuscript-theft-attribution.jsonl", 0.95, 0.95},
		{"fishing", "../testdata/fishing/cod-quota-cut-attribution.jsonl", 1, 0.95},
		{"lottery", "../testdata/lottery/lottery-jackpot-glitch-attribution.jsonl", 0.95, 0.95},
		// A fiftieth round, first contact: a vineyard frost's insurance claims, 23/26, F1
		// 0.91 ("But a claims adjuster who has worked for Meridian for more than a decade,
		// and who spoke on condition of anonymity …, said"); a data center's water, 21/26,
		// 0.88 ("an internal Quillon Systems planning memo reviewed by The Circuit Ledger
		// projects"); a broadcaster's funding cut, 23/27, 0.86 ("the Media Standards
		// Authority, the independent regulator, whose review … was published in May. The
		// review found"). Still missed: "according to denial letters reviewed by Cellar &
		// Trade", whose owner no sentence names; "was provided by a Quillon employee
		// familiar with …, who spoke on condition of anonymity …. The employee said"; a
		// filing "submitted in December by Heron Land Holdings LLC, a Quillon subsidiary,";
		// "The leaked memo does weigh alternatives. It estimates"; "The corporation’s own
		// annual report … had already exposed …. It found"; a union's "which represents …
		// and said"; a quotation inside a viewer's description; "The senior executive
		// said" of an unnamed executive.
		{"vineyard", "../testdata/vineyard/vineyard-frost-claims-attribution.jsonl", 0.95, 0.95},
		{"datacentre", "../testdata/datacentre/data-center-water-attribution.jsonl", 0.8, 0.9},
		{"broadcaster", "../testdata/broadcaster/broadcaster-funding-cut-attribution.jsonl", 0.9, 0.9},
		// A fifty-first round, first contact: an orchestra's lockout, 27/29, F1 0.96 ("The
		// association’s most recent tax filing, covering …, reports"); a pension fund's
		// losses, 24/27, 0.93 ("the staffer said" of "a member of the investment staff");
		// a bridge toll increase, 27/29, 0.94 ("The auditors wrote"; "In its formal
		// response to the audit, the authority … disputed …, saying"). The broadcaster's
		// "The corporation’s own annual report" came with the first. A union local named
		// with a possessive ("Castlebridge Musicians’ Local 212 said") was found in the
		// fifty-fourth round's session: the orchestra page 29/29, 1.00. Still missed: "The
		// fund …, disclosed the writedown in a quarterly investment report …. The report
		// said"; "The fund’s board of trustees said", which the gold names in full.
		{"orchestra", "../testdata/orchestra/orchestra-lockout-attribution.jsonl", 1, 0.95},
		{"pension", "../testdata/pension/pension-fund-losses-attribution.jsonl", 0.9, 0.95},
		{"tolls", "../testdata/tolls/bridge-toll-increase-attribution.jsonl", 1, 0.95},
		// A fifty-second round, first contact: robotic surgery halted, 22/28, F1 0.89 ("an
		// internal quality review that the hospital began"; "Another patient, Arnold Pike,
		// 47, …, filed a malpractice lawsuit …. The complaint alleges"; "A senior surgeon at
		// the hospital, who spoke on condition of anonymity …, said", a noun the word list
		// lacked); park entry reservations, 27/27, 0.96 ("Starting June 1," read as a name);
		// sidewalk repair bills, 26/27, 0.96. Still missed: a plaintiff's lawsuit before
		// his lawyer's quotation, which the gold puts first; "Section 12.08.040 of the
		// Harwick Municipal Code states", which the gold gives to the city; "a figure
		// confirmed by two people familiar with the park’s budget".
		{"surgery", "../testdata/surgery/robotic-surgery-halt-attribution.jsonl", 0.95, 0.95},
		{"parkpass", "../testdata/parkpass/park-entry-reservations-attribution.jsonl", 1, 0.95},
		{"sidewalks", "../testdata/sidewalks/sidewalk-repair-bills-attribution.jsonl", 0.95, 0.95},
		// A fifty-third round, first contact: a bee die-off, 28/28, F1 0.96; an ice rink
		// closing, 28/28, 1.00; subtitlers replaced by machine translation, 21/27, 0.86
		// ("The Audiovisual Translators’ Guild, which represents …, called"; "According to
		// a survey of 1,140 freelance audiovisual translators published last month by the
		// Fennick Centre"). Still missed: "The company confirmed" of a one-word company
		// described as a "streaming service"; "An internal memo circulated to Lumora’s
		// senior managers in February, and seen by the Ledger, puts".
		{"bees", "../testdata/bees/bee-die-off-attribution.jsonl", 1, 0.95},
		{"rink", "../testdata/rink/ice-rink-closure-attribution.jsonl", 1, 0.95},
		{"subtitles", "../testdata/subtitles/subtitlers-ai-dispute-attribution.jsonl", 0.85, 0.9},
		// A fifty-fourth round, first contact: a regional airport losing its airline,
		// 28/28, F1 1.00; a drought's limits on a shipping canal, 26/27, 0.96 (a wire lede's
		// "The authority that runs the Sarrow Canal … said", which the article never names
		// and the gold calls the Sarrow Canal Authority); a classics department closed,
		// 24/28, 0.84, now 28/28, 0.93 ("Ancient Greek", which the chair "has taught … at
		// Ostrander", was taken for a person, whom "she said" then meant; "the university
		// said" and "according to university data" found no university, named only at the
		// start of "the Ostrander State University Board of Trustees"; "according to the
		// resolution adopted by the board").
		{"airport", "../testdata/airport/regional-airport-service-loss-attribution.jsonl", 1, 0.95},
		{"canal", "../testdata/canal/canal-drought-restrictions-attribution.jsonl", 0.95, 0.95},
		{"classics", "../testdata/classics/classics-department-cut-attribution.jsonl", 1, 0.9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := os.Open(tt.gold)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			gold, err := ReadAttributionGold(f)
			if err != nil {
				t.Fatal(err)
			}
			doc := goldDocument(t, tt.name)
			passages := SplitPassages(doc)
			Attribute(doc, passages)
			rep := EvaluateAttribution(passages, gold)
			main := float64(rep.MainCorrect) / float64(rep.MainTotal)
			t.Logf("main speakers %d/%d, speaker-set F1 %.3f", rep.MainCorrect, rep.MainTotal, rep.F1)
			for _, e := range rep.Errors {
				t.Log(e)
			}
			if rep.Paragraphs != len(gold) {
				t.Errorf("found %d of %d gold paragraphs", rep.Paragraphs, len(gold))
			}
			if main < tt.minMain || rep.F1 < tt.minF1 {
				t.Errorf("main %.3f (min %.2f), F1 %.3f (min %.2f)", main, tt.minMain, rep.F1, tt.minF1)
			}
		})
	}
}

// goldDocument is the article a gold file in TestAttributionAgainstGold scores: the shipped
// article, the airline page among the pages saved as text, or the one article of a
// testdata folder.
func goldDocument(t *testing.T, name string) Document {
	t.Helper()
	switch name {
	case "shipped":
		return shippedDocuments(t)[0]
	case "scraped":
		for _, d := range testdataDocuments(t, "scraped") {
			if d.ID == "airline-engine-recall" {
				return d
			}
		}
		t.Fatal("no airline-engine-recall among the scraped pages")
	}
	return testdataDocuments(t, name)[0]
}
