package retrieval

import "strings"

// The word lists below are ordinary English newsroom vocabulary, not knowledge of any one
// article: the verbs reporters use to attribute speech, the titles that come before a name,
// and the particles inside names.

// speechVerbs attribute words to someone: "X said", "said X", "X told Y:".
var speechVerbs = wordSet(`said says say told tells added adds stated explained explains
	noted notes argued argues wrote writes asked asks replied replies answered answers recalled
	recalls warned warns insisted insists acknowledged acknowledges conceded concedes continued
	whispered whispers claimed claims declared declares remarked remarks observed observes countered
	responded responds emphasized emphasizes stressed stresses predicted predicts cautioned cautions
	testified testifies admitted admits complained complains contended contends maintained maintains
	estimated estimates conceded confirmed confirms denied denies suggested suggests agreed agrees
	wrote explained announced announces reported reports urged urges disputed disputes
	described describes accused accuses reckoned reckons shouted shouts yelled advised advises`)

// speakingParticiples report words after a comma when "that" or a quotation follows:
// "Corwin rejected Ivey’s reasoning, arguing that …" ("adding fuel" is no speech).
var speakingParticiples = wordSet(`arguing noting adding warning insisting explaining claiming
	contending stressing ruling writing`)

// demandingParticiples report words after a comma when a quotation follows closely:
// "…, urging the administration to “return to the bargaining table”".
var demandingParticiples = wordSet(`urging calling demanding declaring`)

// pledgingVerbs report words when a quotation follows closely: "she promised a free show
// “before the year is out”" (a pledge without quotation marks may be a deed).
var pledgingVerbs = wordSet(`promised promises pledged pledges vowed vows`)

// findingVerbs report what someone found or put out, only when "that" follows within a
// few words: "the office found that …", "he posted on social media that …", not "police
// found a car".
var findingVerbs = wordSet(`found finds concluded concludes determined determines posted ruled rules states
	promised promises`)

// nameFirstOnlyVerbs attribute speech only when the speaker comes first ("X agreed"), never
// in the inverted order ("agreed X"), where they are usually ordinary verbs.
var nameFirstOnlyVerbs = wordSet(`agreed agrees suggested suggests confirmed confirms denied denies
	announced announces reported reports estimated estimates described describes`)

// titleWords come before a name as a role: "Treasury spokeswoman Jane Doe",
// "Defense Secretary John Smith".
var titleWords = wordSet(`secretary minister president spokeswoman spokesman spokesperson senator
	sen sen. rep rep. representative gen gen. general ambassador envoy director chairman chairwoman
	chair chief commissioner governor mayor judge justice premier vice deputy undersecretary adviser
	advisor aide analyst official officer economist professor prof prof. dr dr. mr mr. mrs mrs. ms
	ms. ayatollah sheikh emir king queen prince princess pope rabbi lt lt. col col. sgt sgt. capt capt.
	adm adm. maj maj. colonel lieutenant captain admiral major sergeant attorney counsel ceo founder
	executive manager editor correspondent reporter journalist leader head lawmaker congressman congresswoman
	councilman councilwoman councillor councilor superintendent commander treasurer trustee fellow
	researcher scientist delegate negotiator diplomat strategist economist chancellor speaker
	member
	president-elect secretary-general cardinal bishop imam cleric inspector sheriff prosecutor
	pastor coach owner partner investor physician engineer spokespeople representative
	assemblyman assemblywoman assemblymember councilmember alderman alderwoman supervisor
	comptroller gov gov. supt supt. atty atty. det det. insp insp. cmdr cmdr. detective marshal
	trooper constable agent guard forward quarterback pitcher catcher shortstop striker
	goalkeeper goalie midfielder defender linebacker receiver rookie outfielder infielder
	rev rev. reverend deacon brig brig. brigadier cpl cpl. pvt pvt.`)

// organisationNouns name kinds of organisation: "the insurer said" refers back to one
// whose name or description has the noun.
var organisationNouns = wordSet(`company firm group corporation insurer carrier airline utility
	agency department ministry bank union association alliance council commission organization
	organisation institute university hospital district board committee coalition manufacturer
	automaker retailer lender network authority fund partnership consortium foundation league
	office caucus federation chamber bureau trust society service airways airlines holdings
	industries panel tribunal markets foods stores brands motors systems labs laboratories
	therapeutics pharmaceuticals technologies watchdog regulator embassy consulate nation tribe
	chipmaker carmaker drugmaker steelmaker planemaker division observatory directorate mission watch
	lab laboratory party administration institutes senate library museum college guild`)

// anyOrganisationNouns refer back to any organisation: "the company said" after "Acme, the
// state's largest insurer".
var anyOrganisationNouns = wordSet(`company firm group corporation organization organisation
	chipmaker carmaker drugmaker steelmaker planemaker automaker`)

// businessNouns refer back to businesses only; nonBusinessNouns name what is none: public
// and academic bodies, and the unions, associations and other groups of members.
var businessNouns = wordSet(`company firm corporation chipmaker carmaker drugmaker steelmaker planemaker automaker
	utility`)
var nonBusinessNouns = wordSet(`university agency ministry department council commission
	authority committee board district court office bureau service institute hospital union
	association alliance coalition league federation caucus society foundation panel tribunal
	watchdog regulator college guild directorate`)

// quotingVerbs attribute words only when a quotation follows them closely: "Reyes called
// the plan “a fiction”", but not "Reyes called a meeting".
var quotingVerbs = wordSet(`calls called dubs dubbed`)

// maxQuotingWords bounds the words between a quoting verb and its quotation.
const maxQuotingWords = 9

// publicBodyNouns name government bodies, which articles also call "the agency".
var publicBodyNouns = wordSet(`agency authority department ministry commission administration bureau service`)

// perfectAuxiliaries come between a speaker and a speech verb: "the union has argued".
var perfectAuxiliaries = wordSet(`has have had`)

// relativeWords open a clause about the noun before them: "a person who spoke …".
var relativeWords = wordSet(`who whom whose which that`)

// nameParticles are lower-case words inside personal names ("Osama bin Laden").
var nameParticles = wordSet(`al el bin ibn abu de del della da di du van von der den la le dos das ter ten los las`)

// joinedParticles are name particles written joined to the name: "el-Haddad", "d’Estaing".
var joinedParticles = wordSet(`al el ad ash as at az ar an bin ibn abu d l`)

// affiliationPrepositions join a name to the organisation that follows it ("Ana Ruiz of
// the Water Council").
var affiliationPrepositions = wordSet(`of at from with`)

// appositiveOpeners start a description set off by commas after a name
// ("Ruiz, a former senior official ..., said").
var appositiveOpeners = wordSet(`a an the who whose which currently now formerly former then once also
	until previously later its his her their one`)

// pronouns that refer back to a single person.
var personPronouns = wordSet(`he she`)

// nonSubjectWords before a name mean it is not the subject of its clause ("worked with
// Ruiz", "translated for Doe"), or not of the sentence that "he" refers back to: "if
// Dragomir simply absorbed the pain, he leaned back" is about the man asked.
var nonSubjectWords = wordSet(`for to with of by from at on in about against like than into onto
	toward towards upon over under between among told asked met called urged replaced succeeded
	beat defeated married divorced hired fired appointed nominated elected interviewed sued
	thanked praised criticized blamed if unless whether`)

// studyVerbs take a subject of study, which is capitalised when it is a language or a
// named field ("has taught Ancient Greek at Ostrander", "studied Political Science at
// Carrow") and then looks like a name with an affiliation.
var studyVerbs = wordSet(`taught teaches teach teaching studied studies study studying`)

// subjectOpeners are the lower-case words an organisation's name may follow as a clause's
// subject: conjunctions ("and the Authority said"), subordinators ("when the union
// struck") and inverted speech ("said the Authority"). After any other word ("the old
// Lighthouse Service logs") the name describes something else.
var subjectOpeners = wordSet(`and but or so yet while when whereas because although though as
	after before since until unless if once that where then also later now said says told added
	according`)

// deedsWithTo are speech verbs that, followed by "to", report a deed: "agreed to the
// recall", "continued to consult".
var deedsWithTo = wordSet(`agreed agrees continued continues`)

// placeNameEndings end names of places and buildings, not people: "Delmont Street Houses",
// "Canal Row Apartments". Words that are also common surnames ("Park", "Hall", "Field")
// are left out.
var placeNameEndings = wordSet(`street avenue boulevard road lane drive highway houses apartments
	towers tower building plaza library airport station bridge square stadium arena mall`)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// placeModifiers may stand between a preposition and a place's name: "in western New
// Jersey", "in rural Kentucky".
var placeModifiers = wordSet(`north south east west northern southern eastern western central
	northeastern northwestern southeastern southwestern rural downtown upstate suburban coastal`)

// stateAbbreviations are the AP's abbreviations of U.S. states, which follow a city's
// name after a comma: "Arlington, Va.," is one place, not the end of a description.
var stateAbbreviations = wordSet(`Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky.
	La. Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa.
	R.I. S.C. S.D. Tenn. Vt. Va. Wash. W.Va. Wis. Wyo. D.C.`)

// ministryNouns open the names of a government's departments, which a country's
// possessive may come before without being part of the name: "Farland’s Ministry of
// Defense".
var ministryNouns = wordSet(`ministry department`)

// placeNouns name a kind of place, whose own name may follow in commas: "based in the
// Dalmaran capital, Qessar, who …".
var placeNouns = wordSet(`capital city town village province region state country port district county`)

// timeAdverbs end a phrase that says when: "a few speakers later", "two years ago".
var timeAdverbs = wordSet(`later earlier ago afterward afterwards meanwhile`)

// calendarWords name days and months: "on Tuesday" says when.
var calendarWords = wordSet(`monday tuesday wednesday thursday friday saturday sunday january february
	march april may june july august september october november december jan. feb. aug. sept. oct.
	nov. dec.`)

// companyNameEndings end businesses' names without saying "company": "Quillon
// Semiconductor", "Harrowgate Mobility Partners", "Marlowe Capital". "Power" is left out:
// it is a surname too.
var companyNameEndings = wordSet(`semiconductor semiconductors software energy motors robotics networks
	media capital ventures solutions logistics devices electronics instruments materials biotech
	pharma analytics dynamics partners consultancy technology chemical chemicals steel
	biologics therapeutics pharmaceuticals biosciences biopharma genomics diagnostics shipping cruises ratings
	inc. corp. ltd. plc nv ag llc gmbh`)
