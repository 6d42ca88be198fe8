package retrieval

import (
	"strings"
	"testing"
)

// TestAttributePatterns covers each way an article attributes words, on made-up text.
func TestAttributePatterns(t *testing.T) {
	tests := []struct {
		name   string
		author string // the article's, when the case needs one
		body   string
		want   []string // speakers of each paragraph, "Name|Role" joined by "; "
	}{
		{
			name: "a short form shared by two businesses; a that-clause puts out a filing; her document; a report opened with in, then it between commas; a panel convened by a body",
			body: "Harwick Bank, the largest lender based in the Upper Sable region, will close 40 branches, the company announced.\n\n" +
				"Harwick said no employees would be laid off outright.\n\n" +
				"The cost is spelled out in a filing that Harwick Financial Corp., the bank’s publicly traded parent, made with federal securities regulators on Tuesday. The company expects to book $31.4 million in one-time charges, according to the filing.\n\n" +
				"The federation leaned on the work of Ines Caldera, 52, a statistician at the University of Norrvik. Her analysis, commissioned by the federation in April, put the odds at one in 80,000.\n\n" +
				"The association hired Anika Varga, a hydrogeologist with Ridgeline Water Consulting. Her report found that wells could drop by 15 feet.\n\n" +
				"In a 64-page report released alongside the decision, the federation’s Ethics and Fair Play Panel said the moves matched an engine.\n\n" +
				"The report also pointed to a 14-minute break. After Vasko returned to the board, it said, his play became “near-flawless.”\n\n" +
				"The review, conducted by an independent panel convened by the Lindell Institute, found that both elephants suffer from foot disease.",
			want: []string{"Harwick Bank|largest lender based in the Upper Sable region", "Harwick Bank|largest lender based in the Upper Sable region",
				"Harwick Financial Corp.|bank’s publicly traded parent", "Ines Caldera|statistician at the University of Norrvik",
				"Anika Varga|hydrogeologist with Ridgeline Water Consulting", "Ethics and Fair Play Panel|", "Ethics and Fair Play Panel|", "Lindell Institute|"},
		},
		{
			name: "a union local whose name holds a possessive",
			body: "Darnell Ogunleye, president of Castlebridge Musicians’ Local 212, which represents the orchestra’s 81 full-time players, said the proposal would cut pay.\n\n" +
				"Castlebridge Musicians’ Local 212 said in a statement Thursday evening that the players would give a free concert.",
			want: []string{"Darnell Ogunleye|president of Castlebridge Musicians’ Local 212, which represents the orchestra’s 81 full-time players", "Castlebridge Musicians’ Local 212|representative of the orchestra’s 81 full-time players"},
		},
		{
			name: "a resolution adopted by a body",
			body: "The Ostrander State University Board of Trustees voted 7–2 on Tuesday to close the Department of Classics.\n\n" +
				"The 41 students now enrolled will be allowed to finish their degrees by spring 2028, according to the resolution adopted by the board.",
			want: []string{"", "Ostrander State University Board of Trustees|"},
		},
		{
			name: "an operator by a word of the name of the body cited just before",
			body: "Under a revised load-shedding schedule published by the National Grid Control Centre late on Tuesday, feeders in the capital will be switched off in two blocks.\n\n" +
				"The grid operator said in a statement that the cuts would be reviewed weekly.\n\n" +
				"Harbor Line Ferries carried 2,000 people. The tour operator said it had cancelled trips.",
			want: []string{"", "National Grid Control Centre|", ""},
		},
		{
			name: "a body named only at the start of a longer name",
			body: "The Ostrander State University Board of Trustees voted 7–2 on Tuesday to close the Department of Classics.\n\n" +
				"Two tenured classicists would move to history, the university said in a statement after the vote.\n\n" +
				"The union asked for the full report. The university has said the report was released once redactions were complete.",
			want: []string{"", "Ostrander State University|", "Ostrander State University|"},
		},
		{
			name: "a subject taught or studied is nobody",
			body: "Miriam Tolland, 61, who has chaired classics since 2016 and has taught Ancient Greek at Ostrander for 27 years, said the courses would be orphans.\n\n" +
				"Her student Lena Voss, who studied Political Science at Carrow before switching, said she would stay.\n\n" +
				"Back in Pellham Hall, Tolland said she had told the 12 students in her advanced Greek seminar that they would graduate. “We will finish the Odyssey,” she said.",
			want: []string{"Miriam Tolland|", "Lena Voss|", "Miriam Tolland|"},
		},
		{
			name: "a guild is a body and no business; a survey of many words before by; a directorate is no business",
			body: "The Audiovisual Translators’ Guild, which represents about 6,000 subtitlers, called the decision “a cost-cutting exercise” and said it would urge members to refuse work.\n\n" +
				"According to a survey of 1,140 freelance audiovisual translators published last month by the Fennick Centre for Creative Work, 63 per cent had lost work.\n\n" +
				"The Civil Aviation Directorate opened an inquiry. Northgate Cargo said in a statement that its crew did well. The company said the freighter was inspected.",
			want: []string{"Audiovisual Translators’ Guild|representative of about 6,000 subtitlers", "Fennick Centre for Creative Work|", "Northgate Cargo|"},
		},
		{
			name: "a surgeon, and any noun before who, as an unnamed source; a review a body began; a plaintiff described before his name; a lawsuit claims; a gerund and a month are no name",
			body: "Larkspur Valley Regional Medical Center, a 310-bed hospital, has halted robot-assisted operations. Starting June 1, the program is closed.\n\n" +
				"The group wants the ward closed through June. She said the alliance would press the hospital.\n\n" +
				"The complications came to light through an internal quality review that the hospital began in mid-March, after two patients were readmitted.\n\n" +
				"Another patient, Arnold Pike, 47, a lineman from Carrow Falls, filed a malpractice lawsuit against the hospital last week. The complaint alleges that his bladder was punctured.\n\n" +
				"The lawsuit also claims that the program was understaffed.\n\n" +
				"A senior surgeon at the hospital, who spoke on condition of anonymity because staff have been told not to discuss it, said worries had circulated for a year.\n\n" +
				"“There was a lot of pressure,” the surgeon said.\n\n" +
				"A senior sonographer at the hospital, who spoke on condition of anonymity because staff have been told not to discuss it, said the schedule was full.\n\n" +
				"The review found that four of the seven cases had been performed by the same two surgeons.",
			want: []string{"", "", "", "Arnold Pike|lineman from Carrow Falls", "Arnold Pike|lineman from Carrow Falls",
				"|senior surgeon at the hospital (anonymous)", "|senior surgeon at the hospital (anonymous)", "|senior sonographer at the hospital (anonymous)",
				"Larkspur Valley Regional Medical Center|310-bed hospital"},
		},
		{
			name: "the auditors of an audit cited; a formal response; a staffer of the staff; a body's document four words on, that reports",
			body: "The Calloway River Bridge and Tunnel Authority voted to raise tolls. The Castlebridge Symphony Orchestra Association, which runs the orchestra, locked out its musicians.\n\n" +
				"The vote comes months after a report by the Office of the State Auditor faulted the authority. The audit found that the authority spent less on repairs.\n\n" +
				"The auditors wrote that the board had “repeatedly prioritized toll stability over asset condition.”\n\n" +
				"In its formal response to the audit, the authority accepted most of the findings but disputed the reserve figure, saying it was already committed.\n\n" +
				"But a member of the investment staff at the fund, who spoke on condition of anonymity because staff are not authorized to speak to the media, said junior analysts had flagged the risk.\n\n" +
				"“The red flags were in the spreadsheets,” the staffer said.\n\n" +
				"The association’s most recent tax filing, covering the fiscal year that ended June 30, 2024, reports total expenses of $31.6 million.",
			want: []string{"", "Office of the State Auditor|", "Office of the State Auditor|", "Calloway River Bridge and Tunnel Authority|",
				"|member of the investment staff at the fund (anonymous)", "|member of the investment staff at the fund (anonymous)", "Castlebridge Symphony Orchestra Association|head of the orchestra"},
		},
		{
			name: "a source whose second who-clause asks anonymity; a memo seen by reporters, its owner named before it; a review cited in a whose-clause",
			body: "Dolores Ashcombe, the cooperative’s president, said growers were angry.\n\n" +
				"But a claims adjuster who has worked for Meridian for more than a decade, and who spoke on condition of anonymity because she was not authorised to discuss company practice, said field staff had been told to treat April 22 as the event date.\n\n" +
				"“That changed this year,” the adjuster said.\n\n" +
				"But an internal Quillon Systems planning memo reviewed by The Circuit Ledger projects that the campus would draw 3.9 million gallons a day.\n\n" +
				"The cut sits awkwardly with the findings of the Media Standards Authority, the independent regulator, whose review of public service broadcasting was published in May. The review found that regional bulletins were the main source of local news.",
			want: []string{"Dolores Ashcombe|cooperative’s president", "|claims adjuster who has worked for Meridian for more than a decade (anonymous)",
				"|claims adjuster who has worked for Meridian for more than a decade (anonymous)", "Quillon Systems|", "Media Standards Authority|independent regulator"},
		},
		{
			name: "a body after a preposition is not its members' subject",
			body: "The City Council must approve the transfer.\n\n" +
				"Not everyone on the council agrees. Councilman Eli Bransford said Tuesday that he would vote for it.\n\n" +
				"The council said it would vote in November.",
			want: []string{"", "Eli Bransford|Councilman", "City Council|"},
		},
		{
			name: "an office named the other way round; a long opening before a letter's sender; a letter sent asking",
			body: "Pennock faces one count of theft, according to a criminal complaint filed by the Linden County Office of the District Attorney.\n\n" +
				"He faces up to 10 years in prison, according to the district attorney’s office.\n\n" +
				"State Sen. Patricia Oyelaran said Monday that she would call hearings.\n\n" +
				"In a letter to Lindqvist dated Monday and obtained by 7 On Your Side, Oyelaran asked the commission to preserve all records.\n\n" +
				"Lorraine Okafor-Bell, the state’s commissioner of banking, sent Reise a letter Wednesday asking the bank to explain how customers would make deposits.",
			want: []string{"Linden County Office of the District Attorney|", "Linden County Office of the District Attorney|", "Patricia Oyelaran|State Sen.",
				"Patricia Oyelaran|State Sen.", "Lorraine Okafor-Bell|state’s commissioner of banking"},
		},
		{
			name: "a college's name runs on past of, and a long description between a document and its verb",
			body: "Supporters of the move point to a veterinary review released in August. The review, conducted by an independent panel convened by the Lindell College of Veterinary Medicine at the zoo’s request, found that both elephants suffer from foot disease.\n\n" +
				"The 38-page report recommended relocation to a larger facility.\n\n" +
				"“The company has hired 31 drivers,” the company said, after the college’s study was published.",
			want: []string{"Lindell College of Veterinary Medicine|", "Lindell College of Veterinary Medicine|", ""},
		},
		{
			name: "a name in a clause that says which place is no antecedent; a warning told by the sources who close the sentence",
			body: "Teodor Vasko, 19, was banned for two years.\n\n" +
				"In Brennsund, the ruling was met with disbelief, said Karin Ulvestad, who runs the club where Vasko learned the game. “Half the town has been on the phone to me,” she said.\n\n" +
				"Two people familiar with the talks, who spoke on condition of anonymity, said a third backer, the sportswear maker Arvo, wanted assurances.\n\n" +
				"Arvo had warned that it could withdraw its support if the federation did not agree, one of the people said.",
			want: []string{"", "Karin Ulvestad|head of the club where Vasko learned the game", "|people familiar with the talks (anonymous)",
				"|people familiar with the talks (anonymous); Arvo|"},
		},
		{
			name: "a source's reason for anonymity holds an article; a document by a description and a name; a study did find",
			body: "One board member who voted in favor, speaking on condition of anonymity because the board’s attorney has advised members not to discuss the decision while an appeal is possible, said the vote had been closer than the tally suggests. “Two of us went back and forth,” the member said.\n\n" +
				"The board member added that several members had been shaken.\n\n" +
				"A traffic study prepared by the county engineer, Tom Haskins, and presented to the board in August, counted 214 truck trips a day.\n\n" +
				"The study did find that the sight distance falls 150 feet short of the standard.",
			want: []string{"|board member who voted in favor (anonymous)", "|board member who voted in favor (anonymous)", "Tom Haskins|engineer", "Tom Haskins|engineer"},
		},
		{
			name: "a company by what it sells; a report puts; whether or not a name; a trade name's short form; forecasters at a body's office",
			body: "Veradyne, which sells roughly a third of the state’s smartphones, took a softer line. In a statement, the company said it shares the goal. Shops buy parts from Veradyne.\n\n" +
				"According to a survey by the Arden Consumer Action League, 71 percent of adults replaced a phone. The league’s report puts the cost at $310 million a year.\n\n" +
				"Governor Catherine Albrecht has not said whether she will sign. “We are reviewing it,” she said.\n\n" +
				"Ingrid Solberg, a law professor, said the bill would face a challenge whether or not Albrecht signs it. The likeliest attack, she said, is on copyright.\n\n" +
				"Pell Valley Foods runs the plant. “I don’t know that it was them,” said Walter Brisco. Pell Valley said in its statement that no illness had been linked to its products.\n\n" +
				"Forecasters at the Marrowfield office of the National Weather Bureau said Friday that a cold front could bring relief.",
			want: []string{"Veradyne|", "Arden Consumer Action League|", "Catherine Albrecht|Governor", "Ingrid Solberg|law professor",
				"Walter Brisco|; Pell Valley Foods|", "National Weather Bureau|"},
		},
		{
			name: "cruises and ratings end companies' names; a utility by no word of its own; a schedule and a file; advice in words, not a firm's work",
			body: "The ship is operated by Bluewater Crest Cruises. Samples confirmed norovirus, the company said.\n\n" +
				"Castellan Ratings said in a note to clients that the cuts could slow growth. “Buffers are thin,” the agency wrote.\n\n" +
				"Rolling power cuts will run for six hours a day, the state-owned Velmora Electricity Corporation said. The main dam was generating 410 MW, according to figures published by the utility.\n\n" +
				"Under a revised load-shedding schedule published by the National Grid Control Centre late on Tuesday, homes will lose power twice a day, the schedule shows.\n\n" +
				"According to the museum’s acquisition file, the dealer supplied a provenance from 1794. The Kessler Museum of Fine Arts bought it in 1987.\n\n" +
				"Evan Sotheby, a travel lawyer, said most claims fail. He advises passengers to keep receipts for medical bills.\n\n" +
				"Priya Raman, whose firm, Halvern Advisory Group, advised the city, said the numbers were sound.",
			want: []string{"Bluewater Crest Cruises|", "Castellan Ratings|", "Velmora Electricity Corporation|", "National Grid Control Centre|", "Kessler Museum of Fine Arts|",
				"Evan Sotheby|travel lawyer", "Priya Raman|"},
		},
		{
			name: "a centre and an office by their kinds; a rescuer referred back; families of victims; an infinitive says nothing",
			body: "That morning’s forecast from the Northern Corvane Avalanche Center rated the danger “considerable.” The search was run by Sgt. Lorna Beckett of the Harrow County Sheriff’s Office.\n\n" +
				"According to a preliminary report by the avalanche center, the slide was 550 feet wide.\n\n" +
				"The sheriff’s office said in a statement that a distress call reached its dispatch center at 11:47 a.m.\n\n" +
				"A volunteer rescuer among the first flown to the site, who spoke on condition of anonymity, described the debris as “blocks the size of refrigerators.”\n\n" +
				"“Nobody on that team is going to forget it,” the rescuer said.\n\n" +
				"The families of the three victims said in a joint statement that they were grieving privately.\n\n" +
				"“That language gives guides room,” said Miles Okafor, the association’s executive director.\n\n" +
				"Okafor declined to say whether the slope met the association’s definition of dangerous terrain, calling any answer “premature” before the review is complete.",
			want: []string{"", "Northern Corvane Avalanche Center|", "Harrow County Sheriff’s Office|", "|volunteer rescuer among the first flown to the site (anonymous)",
				"|volunteer rescuer among the first flown to the site (anonymous)", "|families of the three victims (anonymous)",
				"Miles Okafor|association’s executive director", "Miles Okafor|association’s executive director"},
		},
		{
			name: "a decree's owner before citing; a long description before arguing; a surname met in a list, then argued; groups like",
			body: "President Emil Radovan’s decree, published in the official gazette shortly after midnight, removed Irena Vassilka, 58, as governor of the Bank of Velsara, citing “a persistent failure to support the government”.\n\n" +
				"Vassilka, an economist who spent 11 years at the Global Stabilisation Fund before returning to Pradovo to lead the central bank in 2021, had kept the benchmark rate at 14 per cent at the past three meetings of the monetary policy committee, arguing that inflation was still far above the target.\n\n" +
				"Council Members Greg Tanaka and Ed Vandermeer voted no.\n\n" +
				"Vandermeer, whose 7th Ward is home to many landscaping businesses, argued during Tuesday’s debate that the council had skipped the economics.\n\n" +
				"The study was run by the Brightwater Environmental Group. On the other side are groups like Quiet Streets Ferrisburg, which a retired nurse founded. The group says it has gathered 4,200 signatures.",
			want: []string{"Emil Radovan|President", "Irena Vassilka|economist", "", "Ed Vandermeer|", "Quiet Streets Ferrisburg|"},
		},
		{
			name: "a biologics company and its short name before saying; a country's officials are no ministry",
			body: "Corvane Biologics has paused dosing in its trial after two participants fell ill, the company said Tuesday.\n\n" +
				"Corvane declined to make board members available, saying their independence depended on their silence.\n\n" +
				"The Oruzian Foreign Ministry summoned the envoy on Monday.\n\n" +
				"Oruzian officials said they had closed the border, citing security concerns.",
			want: []string{"Corvane Biologics|", "Corvane Biologics|", "", ""},
		},
		{
			name: "a shipping line by its name's ending, then as the line; a list it submitted; he is no line",
			body: "The ship lost 310 boxes overboard late on Tuesday, operator Castellane Ocean Lines said on Thursday.\n\n" +
				"Six held drums of bleach, according to a preliminary list the line submitted to the authorities on Wednesday.\n\n" +
				"A crew member, who spoke on condition of anonymity because he was not authorised to talk, said the ship rolled violently.\n\n" +
				"The crew member said the bridge team had slowed down too late. Castellane Ocean Lines did not respond to a request for comment.\n\n" +
				"The pattern he described is consistent with parametric rolling.",
			want: []string{"Castellane Ocean Lines|", "Castellane Ocean Lines|", "|crew member (anonymous)", "|crew member (anonymous)", ""},
		},
		{
			name: "a lede's body by no kind of its own; a document that paints, then it; a possessive after an opening back at; a promise quoted",
			body: "VARRO, Lendia, 2 May 2025 (Meridian) — An international water-monitoring body declared on Tuesday that the Oszar basin had run dry.\n\n" +
				"In a 40-page report, the Regional Water Observatory said 800,000 people lacked water.\n\n" +
				"Noor Hadid, a farmer, walked four hours to the well. “We have never seen this,” said Ilse Varga, the observatory’s hydrologist.\n\n" +
				"But an internal assessment by the ministry’s own Basin Monitoring Unit, dated 3 March, paints a grimmer picture. It describes the reservoirs as “empty”.\n\n" +
				"Back at the well in Varro, Noor Hadid’s daughter had walked four hours. She did not know how long the well would last. “It is all we have,” she said.\n\n" +
				"Varga also promised a second survey “before the rains come” for every district.",
			want: []string{"Regional Water Observatory|", "Regional Water Observatory|", "Ilse Varga|observatory’s hydrologist", "Basin Monitoring Unit|",
				"Noor Hadid|farmer", "Ilse Varga|observatory’s hydrologist"},
		},
		{
			name: "a business by its kind alone, then its name, the company and its short name; terms that say; an advisory a body issued",
			body: "By noon, the promoter, Saltgate Live, had called off the weekend. “We are heartbroken,” the company said in a statement.\n\n" +
				"Tixby, the ticketing platform that sold the passes, said refunds were the organiser’s job.\n\n" +
				"Tixby’s standard organiser terms, published on its website, say promoters are paid a week early.\n\n" +
				"On Monday, Saltgate said in a second update that pass holders would get half their money back.\n\n" +
				"The flaw was the subject of an advisory the Federal Network Defense Agency issued in September. The advisory warned that the flaw was being exploited.",
			want: []string{"Saltgate Live|promoter", "Tixby|ticketing platform that sold the passes", "Tixby|ticketing platform that sold the passes",
				"Saltgate Live|promoter", "Federal Network Defense Agency|"},
		},
		{
			name: "asked for what it wants is a request; an argument after it is words",
			body: "The Carrow Bay Fire Department said two crew members were hurt. It attributes the attack to Corvex, a ransomware group whose affiliates have hit 40 hospitals, citing overlaps in tooling.\n\n" +
				"The person also said the permit had been granted after the fire department asked for a revised certificate.\n\n" +
				"Two people familiar with the talks, who spoke on condition of anonymity because they were not authorized to discuss them, said Corvex initially asked for $6 million in cryptocurrency.\n\n" +
				"At the hearing, prosecutor Ana Ruiz asked for bail of $1 million, arguing that the defendant was a flight risk.",
			want: []string{"Carrow Bay Fire Department|", "", "|people familiar with the talks (anonymous)", "Ana Ruiz|prosecutor"},
		},
		{
			name: "a museum's name runs on past of; a statement said on a day; writing that; a day after a body's kind; a source kept from talking; a body's records; recommendations issued",
			body: "The Castellan Museum of Art will return 14 bronzes, the museum said.\n\n" +
				"KESSEL BAY (CPW) — The Transport Safety Investigation Commission said Thursday in a preliminary report that the tower was thinly staffed.\n\n" +
				"According to the 34-page report, the controller had been working two positions.\n\n" +
				"In the closing paragraph of her letter, Renata Ashford thanked the staff, writing that they had “carried this university.”\n\n" +
				"Renata Ashford, the president of Eastbrook State University, resigned. Ashford quit in a letter released by the university Thursday afternoon.\n\n" +
				"The university said the cuts would save $17.8 million a year.\n\n" +
				"A controller at Kessel Bay who spoke on condition of anonymity because controllers are not allowed to talk to reporters without approval said combined positions had become routine.\n\n" +
				"The incident was the third at Kessel Bay in 18 months, according to commission records.\n\n" +
				"The commission issued two urgent recommendations Thursday: that the directorate bar a single controller from handling two runways.",
			want: []string{"Castellan Museum of Art|", "Transport Safety Investigation Commission|", "Transport Safety Investigation Commission|",
				"Renata Ashford|president of Eastbrook State University", "", "Eastbrook State University|", "|controller at Kessel Bay (anonymous)", "Transport Safety Investigation Commission|",
				"Transport Safety Investigation Commission|"},
		},
		{
			name: "a sports team by its nickname and as the team; no team in a body's relative clause; the league office",
			body: "Darius Quell, the Lakeport Comets’ star forward, tore a ligament during practice on Tuesday, the team announced Wednesday, three days before the Comets open the playoffs against the Carrington Foxes.\n\n" +
				"Quell will undergo surgery next week, the Comets said in a statement.\n\n" +
				"And this spring, the league that oversees the team told it, in writing, that the park would not do.\n\n" +
				"The Continental Basketball League listed Quell as out, and the league office said it had approved a replacement.",
			want: []string{"Lakeport Comets|", "Lakeport Comets|", "", "Continental Basketball League|"},
		},
		{
			name: "a people and a party are no teams",
			body: "The Russians and the Indians had been making similar points, said Ann Lee, a diplomat. The season was long for House Democrats.\n\n" +
				"“We will vote no,” the Democrats said.",
			want: []string{"Ann Lee|diplomat", ""},
		},
		{
			name: "said and a surname met in passing; an unnamed source named again with why it knows; a long name's document; a federal service's figures; a mayor set off after \"and\"",
			body: "Quell’s stall, between those of Tobias Wren and Anselm Drago, sat empty.\n\n" +
				"“He was the one texting us last night,” said Wren, the Comets’ point guard.\n\n" +
				"A person with knowledge of the medical evaluation said the tear was complete.\n\n" +
				"“He will be fine,” said Glen Haverty, the coach.\n\n" +
				"The person with knowledge of the evaluation said the staff had discussed waiting.\n\n" +
				"The Harlan City Police Department publishes data. According to the Harlan City Police Department’s annual crime reports, the city recorded 2,310 violent crimes in 2018.\n\n" +
				"According to national estimates published by the federal Justice Data Service, which compiles figures from thousands of local police agencies, the rate climbed.\n\n" +
				"The agency’s figures show that the national murder rate rose nearly 30%.\n\n" +
				"Lorna Teague, a criminologist, said it was odd. Policing is run by the city and its elected mayor, Gordon Pell, she said.",
			want: []string{"", "Tobias Wren|Comets’ point guard", "|person with knowledge of the medical evaluation (anonymous)", "Glen Haverty|coach",
				"|person with knowledge of the medical evaluation (anonymous)", "Harlan City Police Department|", "Justice Data Service|", "Justice Data Service|",
				"Lorna Teague|criminologist"},
		},
		{
			name: "a notice sent, then the letter accuses; a dated audit by a body; a memo that told; a notice that classifies; data compiled by a tracker",
			body: "On Monday, the Western Raptor Defense Fund, a conservation group based in Brinley, sent a notice of intent to sue to the state. The letter accuses the state agency of ignoring two earlier reports.\n\n" +
				"Barely two-thirds of them have been accepted, according to a 2023 audit by the Ardenne Secretary of State’s Office, which found the county rejected ballots at twice the statewide rate.\n\n" +
				"“I want to be direct with you,” Marisa Dunleavy, the chief executive, wrote in the memo.\n\n" +
				"The memo, sent at 6:12 a.m. local time, told staff that affected employees would receive an email within the hour.\n\n" +
				"The Lakeshore State Department of Workforce Services received the filing. The department’s own notice, posted to its public layoff database Tuesday afternoon, classifies the cuts as a “permanent reduction in force.”\n\n" +
				"According to data compiled by Cutsheet, an independent tracker of tech-industry layoffs, software companies have announced roughly 41,000 job cuts.",
			want: []string{"Western Raptor Defense Fund|conservation group based in Brinley", "Ardenne Secretary of State’s Office|",
				"Marisa Dunleavy|chief executive", "Marisa Dunleavy|chief executive", "Lakeshore State Department of Workforce Services|",
				"Cutsheet|independent tracker of tech-industry layoffs"},
		},
		{
			name: "a wire lede's regulator, named in the next paragraph",
			body: "HALVIK, Vestria, March 12 (Continental Wire) — Vestria’s competition regulator sued on Wednesday to block the merger of two supermarket chains, saying the deal would push up grocery prices.\n\n" +
				"The National Competition Commission filed its complaint in the Commercial Court in Halvik late on Tuesday.\n\n" +
				"A regulator said nothing. The mayor slept.",
			want: []string{"National Competition Commission|", "", ""},
		},
		{
			name: "a report's finding in the next paragraph; she added in British quotes; a ministry by its kind, then it; a union's possessive name; her office; forecasters at a centre",
			body: "But according to a report published on Tuesday by CareBridge International, the humanitarian charity, the true scale is larger. The report, based on rapid assessments in 212 villages, estimates that 1.4 million people have been forced from their homes.\n\n" +
				"It found that 41 per cent of tube wells were submerged, and warned that outbreaks were ‘highly likely within 10 to 14 days’.\n\n" +
				"Katrin Albrechtsen, the UN humanitarian coordinator, said the appeal was underfunded. ‘This is not a one-week emergency,’ she said at a briefing in the capital, Korapur.\n\n" +
				"She added: ‘UN agencies pre-positioned supplies for about 300,000 people before the monsoon. That was a reasonable plan for a bad year.’\n\n" +
				"The Ministry of Disaster Management and Relief said 212 shelters were open.\n\n" +
				"The disaster ministry rejected suggestions that red tape had slowed the response. In a second statement on Thursday evening, it said permit requirements had been ‘suspended for the duration of the emergency’.\n\n" +
				"As many as 4,800 jobs could be lost, according to a report by the Food and Retail Workers’ Union published last autumn.\n\n" +
				"The Carrowford Office of the Inspector General reviewed 438 complaints. Beatrix Nolan, the inspector general, did not attend the meeting. In a statement Wednesday, her office said it “looks forward to working with the new board.”\n\n" +
				"Forecasters at the National Flood Forecasting Centre warned on Thursday of further heavy rain.\n\n" +
				"Farhana Rezwan, a climate scientist at the University of Korapur, said the rains were violent.",
			want: []string{"CareBridge International|humanitarian charity", "CareBridge International|humanitarian charity",
				"Katrin Albrechtsen|UN humanitarian coordinator", "Katrin Albrechtsen|UN humanitarian coordinator",
				"Ministry of Disaster Management and Relief|", "Ministry of Disaster Management and Relief|",
				"Food and Retail Workers’ Union|", "Carrowford Office of the Inspector General|", "National Flood Forecasting Centre|",
				"Farhana Rezwan|climate scientist at the University of Korapur"},
		},
		{
			name: "a wire dateline with a date; a body that filed its complaint, asking; two companies' joint statement; a council member of a numbered district",
			body: "HALVIK, Vestria, March 12 (Continental Wire) — Vestria’s competition regulator sued on Wednesday to block the merger of supermarket chains FreshWay Markets and Corlan Foods, saying the deal would push up grocery prices.\n\n" +
				"The National Competition Commission filed its complaint in the Commercial Court in Halvik late on Tuesday, asking a judge to halt the deal. The complaint argues the combined company would control about 41% of the country’s grocery sales.\n\n" +
				"Arvid Moen, an economist at the University of Halvik, said the case was strong.\n\n" +
				"FreshWay and Corlan said in a joint statement that they would fight the lawsuit.\n\n" +
				"“The commission has chosen to defend the market of 1995,” the statement said.\n\n" +
				"Council Member Harlan Teague of District 9, who led the opposition, said he supports more oversight in principle.",
			want: []string{"National Competition Commission|", "National Competition Commission|", "Arvid Moen|economist at the University of Halvik",
				// The joint statement is cited as the first company's: a document has one owner.
				"FreshWay Markets|; Corlan Foods|", "FreshWay Markets|", "Harlan Teague|Council Member"},
		},
		{
			name: "a pronoun's verb before a modal, in a clause on a noun",
			body: "State Rep. Lorraine Castellano-Hurd, a Democrat whose district includes Pell Creek, is the lead sponsor of a bill that she says would replace the expired federal money.",
			want: []string{"Lorraine Castellano-Hurd|State Rep."},
		},
		{
			name: "a company based in a city and a state's abbreviation",
			body: "Crude reached the creek on Wednesday.\n\n" +
				"Northplains Midstream, the Casper, Wyo.-based company that operates the line, said in a statement that it shut down the pipeline at 7:42 p.m.",
			want: []string{"", "Northplains Midstream|Casper, Wyo.-based company that operates the line"},
		},
		{
			name: "a report last year by; the union that represents teachers; a producer's company; a role with states in it; a report from a body that warned; a company's lawyers",
			body: "According to a report last year by the Halvorsen Institute, a nonpartisan education research group, about 42 percent of high schools begin before 8 a.m.\n\n" +
				"The Brennan County Education Association, which represents about 1,900 teachers and counselors, supported the change in 2021 but has raised concerns since. In a letter to the school board last spring, the union said the later dismissal time had squeezed tutoring.\n\n" +
				"Brenhold Mining, Karsland’s largest potash producer and the source of most of the fertilizer shipped south, has said little publicly. In a brief statement to Foreign Ledger, the company said it was “fully compliant.”\n\n" +
				"Brenhold’s annual report, filed with the Brenn Stock Exchange on March 7, struck a more cautious note than its public statement. The filing warned investors of “material uncertainty.”\n\n" +
				"Two diplomats from neighboring states who have been briefed on the talks offered a more cautious account, saying the water issue had been raised only “informally.”\n\n" +
				"The commission’s vote followed a staff report from the Larkfield Planning Department that warned industrial zoning on the site would be “inconsistent with the adopted comprehensive plan.”\n\n" +
				"Corvane Logistics Partners, the Bellmont-based developer, holds the site. In a brief filed with the appeals court last spring, Corvane’s lawyers argued that the site was “uniquely suited” to industrial use.",
			want: []string{"Halvorsen Institute|nonpartisan education research group",
				"Brennan County Education Association|representative of about 1,900 teachers",
				"Brenhold Mining|Karsland’s largest potash producer and the source of most of the fertilizer shipped south",
				"Brenhold Mining|Karsland’s largest potash producer and the source of most of the fertilizer shipped south",
				"|diplomats from neighboring states briefed on the talks (anonymous)",
				"Larkfield Planning Department|",
				"Corvane Logistics Partners|Bellmont-based developer"},
		},
		{
			name: "data a body compiled; one of a group, described; a document prepared for a body; its statement after the body's silence; the ministry just speaking",
			body: "Figures from the Ohio Department of Health tell a more mixed story. According to data the department compiled from hospitals’ annual staffing reports, units averaged 5.8 patients per nurse.\n\n" +
				"The system hired 400 travel nurses. “Honestly, it’s not ideal for anybody,” one of them, an intensive care nurse from Texas, said of the arrangement.\n\n" +
				"The Joint Velka River Commission closed the channel last week.\n\n" +
				"The sum is not enormous. An engineering assessment prepared for the river commission in 2023 put the cost of deepening the shoals at roughly $48 million.\n\n" +
				"In a statement on Monday, the Dravian Ministry of Transport said Hollmark was obliged to dredge. The ministry said it had asked three times.\n\n" +
				"The Hollmark Ministry of Infrastructure and Waterways replied within hours. Its statement said the treaty “nowhere assigns the cost.” The ministry added that it had already spent 11 million crowns.\n\n" +
				"The Dravian ministry did not respond to questions about the August proposal. In its Monday statement, it said it remained “open to any arrangement.”",
			want: []string{"Ohio Department of Health|", "|intensive care nurse from Texas (anonymous)", "", "Joint Velka River Commission|",
				"Dravian Ministry of Transport|", "Hollmark Ministry of Infrastructure and Waterways|", "Dravian Ministry of Transport|"},
		},
		{
			name: "a person first named, with a title, in the possessive",
			body: "The fight has pitted President Warren Hollister’s economic team against his advisers.\n\n" +
				"Prices have risen, according to data from the research firm Castellane Metrics.\n\n" +
				"At a plant last month, Hollister hinted at his leanings. “I have always liked tariffs,” he told a crowd.",
			want: []string{"", "Castellane Metrics|", "Warren Hollister|President"},
		},
		{
			name: "one report with two speech verbs counts once against another speaker's",
			body: "Ruth Calloway, a retired teacher, has lived on the cliff for 30 years.\n\n" +
				"Calloway said she had been offered £4,000 for the house by a developer. She turned him down. Neville Ashcombe, who lives three doors along, said he had told her she was mad not to take it.",
			want: []string{"", "Ruth Calloway|retired teacher; Neville Ashcombe|"},
		},
		{
			name: "a surname that says something after a full name met in narration",
			body: "Ruth Calloway has lived on the cliff for 30 years.\n\n" +
				"Calloway said she had been offered £4,000 for the house.",
			want: []string{"", "Ruth Calloway|"},
		},
		{
			name: "a one-word company described at length, with where-clauses",
			body: "Millions of voters use Streamvale every day.\n\n" +
				"Streamvale, the video and messaging platform where the clip first appeared and where the network was most active, said it had removed 2,150 accounts.",
			want: []string{"", "Streamvale|video and messaging platform where the clip first appeared and where the network was most active"},
		},
		{
			name: "a request for something is a deed, and a vendor is a business",
			body: "This spring the Orland Public Library asked Pagewell, the vendor through which it licenses most of its titles, for a discount.\n\n" +
				"Pagewell said in a statement that it passes publishers’ prices on “with minimal markup.”\n\n" +
				"Checkouts reached 5.8 million last year, according to the library’s annual figures.",
			want: []string{"", "Pagewell|vendor through which it licenses most of its titles", "Orland Public Library|"},
		},
		{
			name: "a report released last month by a body whose name holds and",
			body: "The utility blamed the supply of pipe.\n\n" +
				"That account is only partly supported by a report released last month by the Dorran Audit and Oversight Office, which reviewed five years of records. The report found that $19 million went unspent.",
			want: []string{"", "Dorran Audit and Oversight Office|"},
		},
		{
			name: "the firm's records, after data from a firm, not a bank that is a place",
			body: "The tanker ran aground on the Velt Bank, four miles off the town.\n\n" +
				"According to data from Shipwise, a ship-tracking firm based in Orslo, the tanker had switched off its transponder. The firm’s records show it was sold in 2022.",
			want: []string{"", "Shipwise|ship-tracking firm based in Orslo"},
		},
		{
			name: "a group calling itself by a name, then the group's complaint",
			body: "The Marlow Unified School District adopted the ban in May.\n\n" +
				"In October, a group of about 140 families calling itself Parents for Open Lines sued the district. The group’s complaint says the ban “leaves children unable to reach their families.”",
			want: []string{"", "Parents for Open Lines|"},
		},
		{
			name: "a company that says, in its description",
			body: "The pouches are made by Lockwell Inc., a Pennsylvania company that says it has supplied more than 1,900 schools.",
			want: []string{"Lockwell Inc.|Pennsylvania company"},
		},
		{
			name: "anything released by a body is its document",
			body: "The encampment had grown all summer, a report by the Harlan Institute found.\n\n" +
				"The figures at the center of that dispute come from the most recent point-in-time count, released in May by the Verran County Housing Coalition. The one-night tally found 1,126 people sleeping outside.",
			want: []string{"Harlan Institute|", "Verran County Housing Coalition|"},
		},
		{
			name: "its report, described, after a sentence opened by the body's kind",
			body: "“It was an assertion,” said Hana Lidell, who spent 11 years as an inspector with the Regional Nuclear Oversight Agency.\n\n" +
				"The agency itself has been cautious. Its most recent quarterly report, circulated to member states in September, found “no indication of diversion.”",
			want: []string{"Hana Lidell|inspector", "Regional Nuclear Oversight Agency|"},
		},
		{
			name: "the company's own report, mid-sentence, is the company's and not a lab's",
			body: "A report by the Halden Lab for Information Integrity, a research group, found that the network was run from abroad.\n\n" +
				"Streamvale, the video platform where the clip appeared, said it had removed 2,150 accounts.\n\n" +
				"The accounts had posted for three years.\n\n" +
				"But the timeline in the company’s own report has drawn criticism. According to the transparency report, Streamvale’s team first flagged the accounts in August.",
			want: []string{"Halden Lab for Information Integrity|research group", "Streamvale|video platform where the clip appeared", "", "Streamvale|video platform where the clip appeared"},
		},
		{
			name: "a chain is a company, before an investment firm whose name makes it one",
			body: "Dana Ruiz runs the Harwell Family Markets stores.\n\n" +
				"Harwell, a 61-store chain with roots in Ohio, was bought in 2019 by Marlowe Capital Partners.\n\n" +
				"Sales have grown for six years.\n\n" +
				"The company’s annual report lists competition from discount grocers as a risk.",
			want: []string{"", "", "", "Harwell Family Markets|61-store chain with roots in Ohio"},
		},
		{
			name: "arguing that, after a deed, is the subject's, and inside what others said, theirs",
			body: "Commissioner Nathan Corwin voted no. Harold Ivey, the chairman, voted yes.\n\n" +
				"Corwin rejected Ivey’s reasoning, arguing that the rule could make such cases harder to prosecute.\n\n" +
				"Two diplomats from Northern Accord member states said that Brennland had urged Lisvar not to invoke the clause, arguing that it was never designed for cyber incidents.",
			want: []string{"", "Nathan Corwin|Commissioner", "|diplomats from Northern Accord member states (anonymous)"},
		},
		{
			name: "a coalition for a cause, its statement, and what it proposed instead",
			body: "The opposition has been led by a bloc that calls itself the Coalition for a Precautionary Pause. In a joint statement, the coalition said that mining would “undermine the mandate.”\n\n" +
				"The statement, signed by foreign ministers from three countries, stopped short of demanding a rejection. Instead, it proposed that the council adopt a formal interpretation.",
			want: []string{"Coalition for a Precautionary Pause|", "Coalition for a Precautionary Pause|"},
		},
		{
			name: "fishermen are people, and a university that did something and said",
			body: "Farrow State University has 30,000 students.\n\n" +
				"Two younger fishermen mending nets nearby, who asked not to be named, said that they had been warned.\n\n" +
				"The university, in a statement, put the figure at $63 million and said the surplus was “one-time money.”\n\n" +
				"On Friday, the Farrow State University Faculty Senate passed a resolution, by a vote of 41 to 17, urging the administration to “return to the bargaining table.”",
			want: []string{"", "|younger fishermen mending nets nearby (anonymous)", "Farrow State University|", "Farrow State University Faculty Senate|"},
		},
		{
			name: "a council member's title, and a report by a centre at a university",
			body: "“I wasn’t going to vote to take the flat away,” said Council Member Anita Rosqvist.\n\n" +
				"A 2023 report by the Halden Center for Rural Health Research at the University of the Northern Plains found that births outside a hospital rose.",
			want: []string{"Anita Rosqvist|Council Member", "Halden Center for Rural Health Research|University of the Northern Plains"},
		},
		{
			name: "the hospital that has been a subject, not the one only mentioned",
			body: "Carrow County Memorial Hospital will stop delivering babies on Nov. 30. Mothers will be directed to Dunmore Regional Medical Center, an hour away.\n\n" +
				"“This is the hardest decision I have made,” said Dale Westphal, the chief executive.\n\n" +
				"In a statement posted to its website, the hospital said it had “exhausted every reasonable option.”",
			want: []string{"", "Dale Westphal|chief executive", "Carrow County Memorial Hospital|"},
		},
		{
			name: "one-word companies described at length or by a which-clause",
			body: "Operators cut service.\n\n" +
				"Kessartel, the state-controlled operator that carries more than 60 percent of the country’s mobile traffic and leases its backbone to the two private carriers, said in a statement that it had “acted in full compliance.”\n\n" +
				"Zipway, which is headquartered in neighbouring Dravenia and operates in five countries in the region, said in a statement that trips had fallen.",
			want: []string{"", "Kessartel|state-controlled operator that carries more than 60 percent of the country’s mobile traffic and leases its backbone to the two private carriers", "Zipway|"},
		},
		{
			name: "an estimate put at a figure, and a verb after and and an aside",
			body: "Putting a figure on it is difficult, but Radomir Halek, an economist at the Castellan Institute, has tried.\n\n" +
				"Using payment data, Halek puts the direct hit to the economy at between 310 million and 380 million korun.\n\n" +
				"The Kessarian Ministry of Foreign Affairs summoned the ambassador on Friday and, in a readout published afterwards, called the statement “an unhelpful intervention.”",
			want: []string{"", "Radomir Halek|economist at the Castellan Institute", "Kessarian Ministry of Foreign Affairs|"},
		},
		{
			name: "the automaker, and its short name after a dealership that ends with it",
			body: "Halvern Motor Company is recalling 400,000 SUVs, the automaker said on Wednesday.\n\n" +
				"At Lakeside Halvern, a dealership in Dunmore Falls, the service manager, Tom Brasher, said his phones started ringing.\n\n" +
				"Halvern said it would begin mailing letters to owners on July 28.",
			want: []string{"Halvern Motor Company|", "Tom Brasher|manager", "Halvern Motor Company|"},
		},
		{
			name: "an unnamed source with a clause that says who, then an aside that says why unnamed",
			body: "A former Halvern engineer who worked on the fuel system, and who spoke on condition of anonymity because of a severance agreement, said cost had shaped the choice.",
			want: []string{"|former Halvern engineer who worked on the fuel system (anonymous)"},
		},
		{
			name: "a survey published by the body on a day",
			body: "Trade fell, according to the Tervanian-Doravian Chamber of Commerce.\n\n" +
				"A snap survey of 212 member companies, published by the chamber on Wednesday, found that 38 percent had delayed orders.",
			want: []string{"Tervanian-Doravian Chamber of Commerce|", "Tervanian-Doravian Chamber of Commerce|"},
		},
		{
			name: "a body's own body, and a body's named database",
			body: "According to the Department of Labor’s Office of Foreign Labor Certification, approvals fell.\n\n" +
				"According to the Federal Highway Administration’s National Bridge Inventory, the bridge has been rated poor since 2019.\n\n" +
				"According to the Hadley County Auditor’s Office, the levy would raise $4 million.",
			want: []string{"Office of Foreign Labor Certification|", "Federal Highway Administration|", "Hadley County Auditor’s Office|"},
		},
		{
			name: "an attorney general who sued, accusing; her suit and her complaint; a survey of students",
			body: "Attorney General Dana Kessel sued an e-cigarette maker on Tuesday, accusing the company of paying influencers.\n\n" +
				"Kessel’s suit seeks civil penalties of up to $25,000 per violation.\n\n" +
				"Kessel’s complaint describes one influencer who was paid $350 per video.\n\n" +
				"Half first saw the brand online, according to a survey of 4,200 students conducted last fall by the Northstar Center for Adolescent Health.",
			want: []string{"Dana Kessel|Attorney General", "Dana Kessel|Attorney General", "Dana Kessel|Attorney General", "Northstar Center for Adolescent Health|"},
		},
		{
			name: "a source who gave only a first name, opening the sentence",
			body: "One of those students, a 16-year-old sophomore who asked to be identified only by his first name, Caleb, because he is a minor, said he started vaping at 14.\n\n" +
				"“It didn’t feel like an ad,” Caleb said.",
			want: []string{"Caleb|", "Caleb|"},
		},
		{
			name: "a magazine's name ending in a document noun, and a centre by its short name",
			body: "“The council was built for trade,” said Nikolai Ferrant, director of the Aldhaven Centre for Regional Policy.\n\n" +
				"A draft of the communiqué prepared by the Corran Basin Council and seen by The Meridian Review shows how ambitious the text had been.\n\n" +
				"A report published by the Aldhaven Centre in March found that flows had fallen.",
			want: []string{"Nikolai Ferrant|director of the Aldhaven Centre for Regional Policy", "Corran Basin Council|", "Aldhaven Centre for Regional Policy|"},
		},
		{
			name: "a mission in a place, the audit of the auditor's office, and data compiled by a person",
			body: "A report released on Monday by the International Observer Mission in the Tesk Valley found that shells had landed on both sides.\n\n" +
				"A report released Tuesday by the Office of the City Auditor found that the center supports about 640 jobs.\n\n" +
				"The mayor has asked for a hearing.\n\n" +
				"According to the audit, the median hourly wage was $15.40 last year.\n\n" +
				"Map data compiled by Naomi Ferreira, a health geographer at Lakeshore State University who tracks pharmacy access across the Midwest, shows that 61,000 residents live far from a pharmacy.",
			want: []string{"International Observer Mission in the Tesk Valley|", "Office of the City Auditor|", "", "Office of the City Auditor|", "Naomi Ferreira|health geographer at Lakeshore State University who tracks pharmacy access across the Midwest"},
		},
		{
			name: "a first name given after an opening phrase; a survey of teachers by the alliance; the statement of a mission",
			body: "In the industrial town of Brescovo, about 90 miles north of the capital, a nurse at the regional hospital who gave only her first name, Vesna, for fear of losing her job, said she had been told to vote.\n\n" +
				"The Wisconsin Early Educators Alliance represents 9,000 teachers.\n\n" +
				"A survey of 1,140 early-childhood teachers conducted by the alliance in January found that 38 percent would leave.\n\n" +
				"Those concerns were echoed on Monday in the preliminary statement of the International Election Observation Mission, which deployed 240 monitors.\n\n" +
				"The statement cited “credible reports of pressure on public-sector employees.”",
			want: []string{"Vesna|", "", "Wisconsin Early Educators Alliance|", "", "International Election Observation Mission|"},
		},
		{
			name: "said, then a name that begins what was said",
			body: "Prime Minister Davor Halm faces an election. “We are ready,” Halm said.\n\n" +
				"The aide, who was not named by the paper, said Halm had been briefed for months.",
			want: []string{"Davor Halm|Prime Minister", ""},
		},
		{
			name: "a pronoun that is not the last subject's is the one named before",
			body: "Dana Kowalczyk has driven nights for nineteen years. Beside her, Marcus Oyelaran is peeling a sandwich.\n\n" +
				"“Where are we going?” he asks. “Delancey and Ninth,” she says. “The third fall this hour,” Kowalczyk says.\n\n" +
				"“Last one?” Oyelaran asks. “Last one until tomorrow,” Kowalczyk says. “Where else would I go?” he says.\n\n" +
				"Asked why she stays, Kowalczyk takes a long time to answer. “Because somebody ought to come,” she says.",
			want: []string{"", "Dana Kowalczyk|; Marcus Oyelaran|", "Marcus Oyelaran|; Dana Kowalczyk|", "Dana Kowalczyk|"},
		},
		{
			name: "a name in a clause opened by if is not the subject he refers to",
			body: "President Aurel Dragomir has not given in.\n\n" +
				"“There is no off-ramp,” Gordon Pruitt told me. When I pressed him on what would happen if Dragomir simply absorbed the pain, he leaned back.\n\n" +
				"“And if it becomes permanent?” I asked. He did not answer directly. “Then it becomes permanent,” he said.",
			want: []string{"", "Gordon Pruitt|", "Gordon Pruitt|"},
		},
		{
			name: "an organisation's name with a list inside, and a country's in the possessive before it",
			body: "The Ministry of Housing, Communities and Local Government said the bill would pass.\n\n" +
				"South Korea’s Ministry of Trade, Industry and Energy said it welcomed the deal.",
			want: []string{"Ministry of Housing, Communities and Local Government|", "Ministry of Trade, Industry and Energy|"},
		},
		{
			name: "a request is a deed, not words",
			body: "The talks nearly collapsed in the spring, when the Northlake Pilots Association asked federal mediators to release it to strike. " +
				"A person familiar with the negotiations said the airline had offered a 14 percent raise.\n\n" +
				"According to Lena Quist, Serin Subsea Networks has asked both governments to create a protected corridor.\n\n" +
				"The union, which asked not to be named, said it would strike. Quist asked the ministers whether they had read the report.",
			want: []string{"|person familiar with the negotiations (anonymous)", "Lena Quist|", "Lena Quist|"},
		},
		{
			name: "a question put to an unnamed person, who answers",
			body: "Marcus Eberle, a Treasury official, said the sanctions worked.\n\n" +
				"When I asked a senior official at the National Security Council this spring whether anyone was reconsidering the approach, he told me that a review had been discussed. " +
				"“There is no constituency for admitting that something didn’t work,” the official said.",
			want: []string{"Marcus Eberle|Treasury official", "|senior official at the National Security Council (anonymous)"},
		},
		{
			name: "a lawsuit's claims are its filer's",
			body: "“It is a system,” said Ben Oyelaran, a Harlow Falls employment lawyer who filed suit in June on behalf of four workers.\n\n" +
				"The complaint alleges that the company disciplined employees who took breaks.\n\n" +
				"Anna Lee filed a lawsuit against the city in May.\n\n" +
				"The lawsuit alleges that the city ignored the law.",
			want: []string{"Ben Oyelaran|Harlow Falls employment lawyer who filed suit in June on behalf of four workers",
				"Ben Oyelaran|Harlow Falls employment lawyer who filed suit in June on behalf of four workers", "", "Anna Lee|"},
		},
		{
			name: "an organisation's initials, never given in parentheses, name it",
			body: "A report released last month by the Government Accountability Office found that the program took 412 days.\n\n" +
				"The GAO also found that staffing shortages contributed to the backlog.\n\n" +
				"The International Election Observation Network sent 300 monitors.\n\n" +
				"That assessment, the IEON’s final report on the 2019 election, found “significant procedural irregularities.”",
			want: []string{"Government Accountability Office|", "Government Accountability Office|", "", "International Election Observation Network|"},
		},
		{
			name: "a bare denial is said in passing: the spokesperson who explains it speaks first",
			body: "The Federal Emergency Management Agency sent 40 teams to the county.\n\n" +
				"FEMA disputes that account. In a statement, agency spokesperson Marisol Quintanar said the delays stemmed from “incomplete documentation.”\n\n" +
				"The agency denied that it had lost any files.",
			want: []string{"", "Marisol Quintanar|spokesperson; Federal Emergency Management Agency|", "Federal Emergency Management Agency|"},
		},
		{
			name: "a closing according-to vouches for the whole sentence, and one of those sources speaks next",
			body: "Treasury Secretary Adaeze Pryor-Lund spoke on Monday.\n\n" +
				"In private, she has told colleagues that a broad levy risks undoing recent gains, according to two people familiar with the talks.\n\n" +
				"“She is not against tariffs,” said one of those people.",
			want: []string{"", "Adaeze Pryor-Lund|Treasury Secretary; |people familiar with the talks (anonymous)", "|people familiar with the talks (anonymous)"},
		},
		{
			name: "a pair set off by commas after what they are both speak",
			body: "The two Democratic holdouts, Sen. Oren Castellanos (D-Ariz.) and Sen. Wilhelmina Hartsough (D-W.Va.), have said they support the cap.\n\n" +
				"Two holdouts, Oren Castellanos and Wilhelmina Hartsough, said they would vote no.\n\n" +
				"The bill’s sponsors, Acme Corporation and Sen. Hartsough, have not said when.",
			want: []string{"Oren Castellanos|Sen.; Wilhelmina Hartsough|Sen.", "Oren Castellanos|Sen.; Wilhelmina Hartsough|Sen.", ""},
		},
		{
			name: "a second verb shares the subject after an opening phrase, a pronoun for the person named before it",
			body: "Harlan Whitcomb, the defense secretary, had not been briefed, an aide said.\n\n" +
				"The report has given fresh ammunition to Sen. Rosalind Achebe-Hart (D-Mich.), who chairs the subcommittee. At a hearing Wednesday, she held up a copy of the report and asked the Army’s top acquisition official whether anyone had been disciplined.\n\n" +
				"She held up a copy and said the report was damning.\n\n" +
				"On Tuesday, Achebe-Hart held up a copy and said nothing had changed.\n\n" +
				"In March, the agency held a hearing and published its findings.",
			want: []string{"|aide (anonymous)", "Rosalind Achebe-Hart|chair of the subcommittee", "Rosalind Achebe-Hart|chair of the subcommittee", "Rosalind Achebe-Hart|chair of the subcommittee", ""},
		},
		{
			name: "names and labels of bodies and unnamed sources end where they should",
			body: "A report published last year by the Geneva Centre for Ceasefire Monitoring found that violations rose by 60 percent.\n\n" +
				"At least 19 of those men have since died, according to the Temsk-based Centre for Detainee Rights.\n\n" +
				"Officers have been briefing attachés, according to two Western diplomats in Temsk I still speak to.\n\n" +
				"Two people who were present in Temsk that night told me separately that the order came from the president.\n\n" +
				"A hospital executive who was not authorized to speak said the plan would fail.",
			want: []string{"Geneva Centre for Ceasefire Monitoring|", "Centre for Detainee Rights|", "|Western diplomats in Temsk (anonymous)",
				"|people present in Temsk that night (anonymous)", "|hospital executive (anonymous)"},
		},
		{
			name: "a company's filing with no name in its sentence is the company's the article is about",
			body: "Kessler Family Markets, a 61-store chain, said sales rose.\n\n" +
				"ValuFresh Food Stores, a discount chain, has opened 22 stores nearby.\n\n" +
				"The company’s annual report, filed with the Securities and Exchange Commission last month, lists competition among its principal risks.\n\n" +
				"The pilot contract raises pay by 21 percent, according to a securities filing.\n\n" +
				"The contract raises pay, according to a filing.",
			want: []string{"Kessler Family Markets|61-store chain", "", "Kessler Family Markets|61-store chain", "Kessler Family Markets|61-store chain", ""},
		},
		{
			name: "a document released by a body, then what it or the document says",
			body: "The city’s proposed budget for the 2025 fiscal year, released in March by the Port Halloran Office of Management and Budget, allocates $41.3 million to emergency services. The budget document itself acknowledges that the increase “does not keep pace with call volume.”\n\n" +
				"Kaldesh’s latest defense white paper, released by the Kaldeshi Ministry of Defense in October, did not mention Estrava by name. But it warned that shortfalls could require more.\n\n" +
				"Ana María de la Vega, the mediator, said the talks would resume.\n\n" +
				"Each side would release prisoners in three stages, according to a draft seen by Meridian Wire that was prepared by de la Vega’s team.\n\n" +
				"Countries would pay, according to a draft seen by POLITICO.",
			want: []string{"Port Halloran Office of Management and Budget|", "Kaldeshi Ministry of Defense|", "Ana María de la Vega|mediator", "Ana María de la Vega|mediator", ""},
		},
		{
			name: "according to a body named by the lower-case end of its name",
			body: "Officials at the Tillings County Elections Office began counting.\n\n" +
				"The measure was leading with 52.3 percent of the vote, according to the county elections office.\n\n" +
				"The measure was leading, according to the state elections office.",
			want: []string{"", "Tillings County Elections Office|", ""},
		},
		{
			name: "a word for what the organisation just spoken of is, when nothing named is one",
			body: "Ann Falk told the Chronicle that the shortage was the biggest risk.\n\n" +
				"The Office for Budget Responsibility has been similarly cautious. In its most recent forecast, the fiscal watchdog projected that additions would peak at 265,000.\n\n" +
				"The Harbor Savings Bank cut its rates on Monday. The insurer said more cuts would follow.",
			want: []string{"Ann Falk|", "Office for Budget Responsibility|", ""},
		},
		{
			name: "a body's records opening a sentence speak for it",
			body: "Ashby County Circuit Court records show Ruckert has prior convictions for disorderly conduct. He has never been charged with arson, the records show.\n\n" +
				"Court records show he was convicted.",
			want: []string{"Ashby County Circuit Court|", ""},
		},
		{
			name: "citing, after a semicolon, is the clause's subject's",
			body: "Bond rating agencies have already taken notice; one, Sterling Credit Ratings, revised its outlook to negative in January, citing “elevated construction risk.”\n\n" +
				"Acme Corporation cut its forecast; investors sold the shares, citing weak demand.",
			want: []string{"Sterling Credit Ratings|", ""},
		},
		{
			name: "has written that: what someone wrote, not a document written by someone",
			body: "Ines Caldwell-Moreau, a senior fellow at the Halden Institute, studies mediation.\n\n" +
				"Dr. Caldwell-Moreau has written that the talks became “a substitute for policy.”\n\n" +
				"The report, written by two economists, found that costs rose.",
			want: []string{"", "Ines Caldwell-Moreau|senior fellow at the Halden Institute", ""},
		},
		{
			name: "a name joined by an ampersand is a firm's",
			body: "A report by Whitfield Forensic Partners, the examiner, found that revenue could not be matched.\n\n" +
				"The company’s outside auditor, Kessler & Branch, had raised concerns of its own. In a letter to the board dated January 2022, the firm warned of “material weaknesses.”",
			want: []string{"Whitfield Forensic Partners|examiner", "Kessler & Branch|company’s outside auditor"},
		},
		{
			name: "a body whose name runs on past of, cited in passing, then called by its name's last word",
			body: "The clearest picture comes from a report by the Compact of Coastal States Fisheries Review Team, published in May. The team found that catches had “fallen by half.”\n\n" +
				"The report noted that the fleet had doubled, and the team urged a moratorium.\n\n" +
				"Researchers at Halvard University sampled the reef. The team found coral in decline.",
			want: []string{"Compact of Coastal States Fisheries Review Team|", "Compact of Coastal States Fisheries Review Team|", ""},
		},
		{
			name: "a twenty-second blind round: two abbreviated ranks, a group referred back to, a country's body, a refusal's reason",
			body: "“We did not come to be handed an ultimatum,” said Brig. Gen. Aurel Tchassa, the junta’s chief negotiator.\n\n" +
				"The regulator has been asked to act, according to two diplomats familiar with the talks.\n\n" +
				"Privately, officials are worried, according to the two diplomats familiar with the talks.\n\n" +
				"A 212-page report by Tavrenia’s Office of the Auditor-General found that $4.1 billion left the fund.\n\n" +
				"Oren Baltazar, the fund’s former director, has denied wrongdoing. In a statement issued through his lawyer, Piet Corrander, he said every deal had been “approved.” Corrander declined to comment further, citing the investigation.",
			want: []string{"Aurel Tchassa|Brig. Gen.", "|diplomats familiar with the talks (anonymous)", "|diplomats familiar with the talks (anonymous)",
				"Office of the Auditor-General|", "Oren Baltazar|fund’s former director; Piet Corrander|lawyer"},
		},
		{
			name: "who said after a firm named in a person's description is the person; which said is the firm",
			body: "Support has doubled, according to Ruth Anselm, director of the Aszeny polling firm Civitas Polling, who said water had overtaken food prices.\n\n" +
				"The survey was run by the polling firm Civitas Polling, which said water mattered most.",
			want: []string{"Ruth Anselm|director of the Aszeny polling firm Civitas Polling", "Civitas Polling|"},
		},
		{
			name: "a twenty-third blind round: an unnamed source's verb after its who-clause, a document in the plural, a draft prepared by one and seen by another",
			body: "A senior official at the Kestlandic health ministry, who spoke on condition of anonymity because the negotiations are confidential, did not dispute that account but said the objection was legal.\n\n" +
				"The federation has spent $4 million lobbying, according to disclosures compiled by Open Health Ledger, a watchdog group based in Castelbrun.\n\n" +
				"But a draft agreement prepared by the Drovnian Ministry of Commerce and seen by Foreign Policy includes a clause granting priority berthing rights.",
			want: []string{"|senior official at the Kestlandic health ministry (anonymous)", "Open Health Ledger|watchdog group based in Castelbrun",
				"Drovnian Ministry of Commerce|"},
		},
		{
			name: "a paragraph that opens with a person in the possessive is about them; a possessive later in one is not",
			body: "Petra Odvalic, a senior surveyor with the Veskan State Cadastral Agency, spent years on the line. “We measured every field,” Odvalic said.\n\n" +
				"Lidia Marvosh, a spokeswoman for the Dravonian foreign ministry, said Dravonia would consider arbitration.\n\n" +
				"In the meantime, Odvalic’s survey equipment sits in a government warehouse in Orsk. She said she still trades messages with colleagues. “We send photographs,” she said.\n\n" +
				"Marvosh added that talks would resume. Odvalic’s old office is empty now. “Nobody is in a hurry,” she said.",
			want: []string{"Petra Odvalic|senior surveyor with the Veskan State Cadastral Agency", "Lidia Marvosh|spokeswoman for the Dravonian foreign ministry",
				"Petra Odvalic|senior surveyor with the Veskan State Cadastral Agency", "Lidia Marvosh|spokeswoman for the Dravonian foreign ministry"},
		},
		{
			name: "the team said, with two teams named: neither",
			body: "The Harbor Monitoring Team said the water was clean.\n\n" +
				"The Upriver Sampling Team said the opposite.\n\n" +
				"The team added that more tests were due.",
			want: []string{"Harbor Monitoring Team|", "Upriver Sampling Team|", ""},
		},
		{
			name: "a whose-clause names a document's owner, not the body the document went to; its report is the owner's after",
			body: "Those doubts are shared by the U.N. Panel of Experts on Dourané, whose latest report to the Security Council, circulated to member states last month, found that contractors had been “directly involved” in at least 11 operations.\n\n" +
				"The mayor of Tolbé, Moussa Kanteyé, was not surprised.\n\n" +
				"The panel of experts raised a similar concern. Its report warned that the army had become “operationally dependent” on the contractors.",
			want: []string{"U.N. Panel of Experts on Dourané|", "", "U.N. Panel of Experts on Dourané|"},
		},
		{
			name: "the report of a body named for a purpose and where it works, in the possessive; a month after such a name is not in it",
			body: "Doubts about the count predate the audit. The preliminary report of the Organization for Democratic Security in Europe’s election observation mission, which deployed 320 observers, found that the count was “assessed negatively” in 14 percent of stations.\n\n" +
				"A briefing paper published by the Verity Institute for Human Rights in October documented “systematic” abuses.",
			want: []string{"Organization for Democratic Security in Europe|", "Verity Institute for Human Rights|"},
		},
		{
			name: "unnamed sources: a party member, the party official, a description with a clause that says which",
			body: "A senior official at the central bank, who was not authorized to speak publicly, said the staff “never believed in the controls.”\n\n" +
				"A senior member of the ruling National Renewal Party, who asked not to be named, said the president would not cut subsidies. “He will not raise the price of fuel,” the party official said.\n\n" +
				"“Nobody is going to sanction a supplier,” said a senior diplomat from one of the countries that contributed observers to the mission, who also asked not to be named.\n\n" +
				"“Nobody cares,” said an official who was not authorized to speak publicly.",
			want: []string{"|senior official at the central bank (anonymous)", "|senior member of the ruling National Renewal Party (anonymous)",
				"|senior diplomat from one of the countries that contributed observers to the mission (anonymous)", "|official (anonymous)"},
		},
		{
			name: "a document on a body's letterhead is the body's, and so is the memo next",
			body: "But a memo circulated to regional administrations, a copy of which was seen by Foreign Policy, suggests governors were given targets. The three-page document, on the letterhead of the Department of Internal Policy, sets a “recommended turnout level” of 85 percent.\n\n" +
				"The memo also tells regional officials to “resolve complaints at the local level.”",
			want: []string{"Department of Internal Policy|", "Department of Internal Policy|"},
		},
		{
			name: "an administration is an organisation, named by its initials later; a document, then who posted it",
			body: "Halvern halted production, according to an inspection report the Food and Drug Administration posted online this month.\n\n" +
				"In a statement, the FDA said it was “working closely with the manufacturer.”\n\n" +
				"The mayor slept.\n\n" +
				"Prices rose, according to a report the Halvard Institute released on Monday.",
			want: []string{"Food and Drug Administration|", "Food and Drug Administration|", "", "Halvard Institute|"},
		},
		{
			name: "a survey of many, then who conducted it; a body named from its kind, then the kind; a subject and an adverb",
			body: "A survey of 412 hospital pharmacy directors, conducted last month by the Hospital Pharmacy Alliance of America, found that 78 percent reported a shortage.\n\n" +
				"The Missouri Council of Library Professionals said in a statement that the vote was “a sad day.”\n\n" +
				"Figures compiled by the council show that libraries received challenges to 412 titles. More than half came from nine counties, the council found.\n\n" +
				"Deborah Kessling chairs the board. The room broke into applause, and Kessling twice warned the audience that anyone who clapped would be asked to leave.",
			want: []string{"Hospital Pharmacy Alliance of America|", "Missouri Council of Library Professionals|", "Missouri Council of Library Professionals|", "Deborah Kessling|"},
		},
		{
			name: "a body described as a group after its name sends a letter, which speaks for it next",
			body: "Hours before the meeting, the Halvard Project, a nonprofit advocacy group based in Kansas, sent the board a letter. The letter urged trustees to table the vote.\n\n" +
				"The mayor slept.\n\n" +
				"The Orsk Institute sent the council a letter. The letter said the plan was “unlawful.”",
			want: []string{"Halvard Project|nonprofit advocacy group based in Kansas", "", "Orsk Institute|"},
		},
		{
			name: "a public body named port or city of a place, a town named Port; a list of places is no pair of speakers",
			body: "Port Halloran is a fishing town. The Port of Kessling Harbor said the document was “an early scenario analysis.”\n\n" +
				"The City of Riverton said it had budgeted $1.2 million for streetlights.\n\n" +
				"Teodora Lindqvist teaches at Cascadia State University. Lindqvist, who has studied terminals in Europe, Asia and Southern California, said the evidence is mixed.\n\n" +
				"The two holdouts, Sen. Ann Lee and Sen. Bob Ray, have said they will vote no.",
			want: []string{"Port of Kessling Harbor|", "City of Riverton|",
				"Teodora Lindqvist|", "Ann Lee|Sen.; Bob Ray|Sen."},
		},
		{
			name: "a question someone asked, inside unnamed sources' account after \"that at least one\"",
			body: "Two trustees, who spoke on condition of anonymity, said the memo was debated at length and that at least one member of the majority had asked whether the insurance would cover legal fees.\n\n" +
				"The mayor slept.\n\n" +
				"At least one member of the majority asked whether the insurance would cover fees.",
			want: []string{"|trustees (anonymous)", "", "|member of the majority (anonymous)"},
		},
		{
			name: "records from a body, an account a body posted, a body's plural noun",
			body: "The Arizona Office of Well Monitoring keeps records. Records from the Arizona Office of Well Monitoring show that 29 of the 41 failed wells lie within three miles.\n\n" +
				"The Kessling Police Department said little.\n\n" +
				"A handgun was recovered at the scene, according to a preliminary account the department posted online the next morning.\n\n" +
				"According to records from the National Institutes of Health, Ashgrove remained the principal investigator.",
			want: []string{"Arizona Office of Well Monitoring|", "Kessling Police Department|", "Kessling Police Department|", "National Institutes of Health|"},
		},
		{
			name: "a senate's resolution, a report opening its sentence with its body, a body's notice after it acts",
			body: "On May 6, the Tallgrass State University Faculty Senate voted 41 to 9, with four abstentions, for a resolution declaring that the administration had “placed reputation ahead of integrity.” The resolution called for an external review.\n\n" +
				"The 212-page report of the Research Integrity Investigation Committee, a copy of which the Ledger obtained, reaches a different conclusion. It found that Ashgrove “knowingly or recklessly” approved figures.\n\n" +
				"Hugh Brannock, editor-in-chief of the Annals of Tumor Cell Biology, said in a statement that the journal learned late.\n\n" +
				"The Halvard Institute retracted one of the papers on May 20. Its retraction notice said the authors “could not provide original data.”",
			want: []string{"Tallgrass State University Faculty Senate|", "Research Integrity Investigation Committee|",
				"Hugh Brannock|editor-in-chief of the Annals of Tumor Cell Biology", "Halvard Institute|"},
		},
		{
			name: "who said after a name's description; unnamed sources with a clause that says which; she after a clause about someone else",
			body: "The lone vote came from board member Carla Brisbane, a retired irrigation district manager from Yuma, who said during the meeting that she could not “in good conscience” approve it.\n\n" +
				"Two Kessling officers who have watched the footage, speaking on condition of anonymity, said the silence was doing damage.\n\n" +
				"Police Chief Danielle Orvik spoke on Wednesday. “We will release it,” Orvik said.\n\n" +
				"Gaines’s mother, Loretta Gaines, attended the news conference but left before Orvik finished speaking. “I know what’s on it,” she said outside.",
			want: []string{"Carla Brisbane|retired irrigation district manager from Yuma", "|Kessling officers who have watched the footage (anonymous)",
				"Danielle Orvik|Police Chief", "Loretta Gaines|Gaines’s mother"},
		},
		{
			name: "one of several as a description, a state senator, a description with age before who said",
			body: "Councilor Annelise Ruvalcaba, one of the two members who voted against the ordinance, said the city had “put the bulldozers ahead of the beds.”\n\n" +
				"“The commissioner followed the law,” said state Sen. Roland Guidry, a Republican whose district takes in the coast.\n\n" +
				"Among those still packing was Raymond Lusk, 61, a former long-haul trucker who said he had lived at Riverside Yard for two years.",
			want: []string{"Annelise Ruvalcaba|one of the two members who voted against the ordinance", "Roland Guidry|Republican whose district takes in the coast",
				"Raymond Lusk|former long-haul trucker"},
		},
		{
			name: "the company's filing named first, then cited; a neighbor she asked is no speaker; a company that adds drivers says nothing",
			body: "Kessler Family Markets, a grocery chain, asked for more. “We need it,” the company said.\n\n" +
				"The company’s rate filing, a 212-page document submitted in June, lays out the stakes. According to the filing, its surplus fell 27 percent.\n\n" +
				"Tamika Ferrell works nights. “I leave the hospital at seven,” Ferrell said.\n\n" +
				"She said she had asked a neighbor about sharing rides. “Everybody on my street is in the same spot,” she said.\n\n" +
				"Gregory Ashdown runs the buses. Ashdown said routes would return as Ridgeline adds drivers.",
			want: []string{"Kessler Family Markets|grocery chain", "Kessler Family Markets|grocery chain", "Tamika Ferrell|", "Tamika Ferrell|", "Gregory Ashdown|"},
		},
		{
			name: "a body and where it sits, before the verb",
			body: "The Halvard Institute in Oslo said growth would slow.\n\n" +
				"The mayor was tired.\n\n" +
				"The Ministry of Finance in Calvora said the controls would stay.\n\n" +
				"Anna Berg, an economist at the Halvard Institute in Oslo, said growth would slow.",
			want: []string{"Halvard Institute|", "", "Ministry of Finance|", "Anna Berg|economist at the Halvard Institute in Oslo"},
		},
		{
			name: "a sixteenth blind round: sources who ask not to be named, described at length, and referred back to",
			body: "A senior official at the Orsenian energy ministry, who spoke on condition of anonymity because he was not authorized to discuss the negotiations, said the figures were wrong.\n\n" +
				"Two diplomats from countries represented on the fund’s executive board, speaking on condition of anonymity, said shareholders were split.\n\n" +
				"“Aurvik is the one with real money at risk,” said a Western diplomat based in Tresk.\n\n" +
				"Orsenia’s energy minister, Davor Ilvanes, told the assembly that the country had options.\n\n" +
				"Privately, though, the senior energy ministry official conceded that the plant is years away and that the Vessa Link remains the fastest way. “Kestra is a plan B,” he said.\n\n" +
				"The two diplomats said talks would resume.",
			want: []string{"|senior official at the Orsenian energy ministry (anonymous)", "|diplomats from countries represented on the fund’s executive board (anonymous)",
				"|Western diplomat based in Tresk (anonymous)", "Davor Ilvanes|Orsenia’s energy minister", "|senior official at the Orsenian energy ministry (anonymous)",
				"|diplomats from countries represented on the fund’s executive board (anonymous)"},
		},
		{
			name: "a sixteenth blind round: names, dates and quotations around the verb",
			body: "That growth figure is the crux of the fight. Rafael Osmundo, an economist at the National University of Caldoria said both sides were wrong.\n\n" +
				"A financial stability report published by the Central Bank of Caldoria on Oct. 31 found that deposits fell.\n\n" +
				"Markets have not waited. On Nov. 3, Corvane Ratings cut the rating by two notches, to “CCC-,” citing the growing risk.\n\n" +
				"A briefing paper published by the Verity Institute for Human Rights in October documented 38 cases.",
			want: []string{"Rafael Osmundo|economist at the National University of Caldoria", "Central Bank of Caldoria|", "Corvane Ratings|", "Verity Institute for Human Rights|"},
		},
		{
			name: "a seventeenth blind round: groups, bodies and emphatic verbs",
			body: "The Sorvenian Ministry of Foreign Affairs said the cutter had rammed the ship.\n\n" +
				"According to figures from the Sorvenian Fisheries Agency, the banks supplied 38 percent of the catch. The agency estimates that 6,000 jobs depend on the fleet.\n\n" +
				"Two Sorvenian officials familiar with the fleet’s operations offered a different version of events. The transponder, they said, had failed.\n\n" +
				"Thea Brannock, an analyst at the Castellan Center, said the two Sorvenian frigates were holding position.\n\n" +
				"Defense Minister Halla Brennick declined to apologize. Brennick did, however, say Vessmark would accept an inquiry.\n\n" +
				"The Northern Seas Security Council, a regional bloc of seven states, issued a communiqué late Friday urging “maximum restraint.”",
			want: []string{"Sorvenian Ministry of Foreign Affairs|", "Sorvenian Fisheries Agency|", "|Sorvenian officials familiar with the fleet’s operations (anonymous)",
				"Thea Brannock|analyst at the Castellan Center", "Halla Brennick|Defense Minister", "Northern Seas Security Council|regional bloc of seven states"},
		},
		{
			name: "a seventeenth blind round: documents named again, and a person first met in the possessive",
			body: "The Inter-Regional Trade Council publishes figures every year.\n\n" +
				"The council’s annual review, published in February, calls the shift “one of the fastest reorientations” in decades.\n\n" +
				"In its latest report, the National Bank of Drevnia said reserves were at a record.\n\n" +
				"Even the National Bank’s report concedes that “import substitution remains incomplete.”\n\n" +
				"The generator failed halfway through Mira Talvoska’s speech.\n\n" +
				"Talvoska, 47, a former history teacher, leads the coalition.\n\n" +
				"“I was not a political person,” she told the weekly Novi Vjesnik in 2017.",
			want: []string{"", "Inter-Regional Trade Council|", "National Bank of Drevnia|", "National Bank of Drevnia|", "",
				"", "Mira Talvoska|former history teacher"},
		},
		{
			name: "an eighteenth blind round: nouns that look like verbs, documents said to conclude, and missions to a body",
			body: "Two diplomats from Northern Accord member states said that the allies had urged restraint.\n\n" +
				"On Jan. 29, Northmark Threat Intelligence, a Lisvar-based cybersecurity firm, published a 46-page report concluding that the attack came from abroad.\n\n" +
				"Helena Marchetti of Meridian Rights Watch said the sale should wait.\n\n" +
				"The senator relies on a report released in June by Meridian Rights Watch, which documented 23 airstrikes. Researchers found fragments, and the group concluded that the jets were used.\n\n" +
				"“The pattern we documented is not one of errors,” the report said.\n\n" +
				"Afterward, the Permanent Mission of Tarnesia to the United Nations distributed a one-paragraph statement to reporters dismissing the resolution.\n\n" +
				"The conflict dates to the 1990s, when both Valmora and Tarnesia claimed the valley.\n\n" +
				"A tally maintained by the Castellan Institute shows that seven vetoes were cast.",
			want: []string{"|diplomats from Northern Accord member states (anonymous)", "Northmark Threat Intelligence|Lisvar-based cybersecurity firm",
				"Helena Marchetti|Meridian Rights Watch", "Meridian Rights Watch|", "Meridian Rights Watch|", "Permanent Mission of Tarnesia to the United Nations|", "", "Castellan Institute|"},
		},
		{
			name: "a nineteenth blind round: a first name with an age, a source opening a sentence, documents described again",
			body: "In Bel Assar, smugglers say business is good. Karim, 34, who organizes crossings east of the city and asked that only his first name be used, said prices had fallen.\n\n" +
				"The market, as Karim described it, moves with the headlines.\n\n" +
				"A diplomat from Vellmark, one of the northern members, took the opposite view. Releasing the money now, the diplomat said, would reward blackmail.\n\n" +
				"An infected person can spread the virus for four days, the specialist said.\n\n" +
				"The review was ordered after Open Waters Watch, a monitoring group, published a report last September documenting 212 deaths.\n\n" +
				"A draft of the final decision, prepared by the Meridian Climate Secretariat and leaked on Thursday, showed how far apart the parties were.\n\n" +
				"In a joint statement released after the plenary, the Group of 31 accused wealthy countries of backsliding.\n\n" +
				"Brannmark’s Ministry of Climate and Energy struck a similar note in a statement, saying the government regretted the outcome.",
			want: []string{"Karim|", "Karim|", "|diplomat from Vellmark (anonymous)", "", "Open Waters Watch|monitoring group", "Meridian Climate Secretariat|",
				"Group of 31|", "Ministry of Climate and Energy|"},
		},
		{
			name: "a nineteenth blind round: a lab's name, an assessment described again, a commentary published",
			body: "The clip was fake, according to a report released on Tuesday by the Halden Lab for Information Integrity, a research group.\n\n" +
				"In a public assessment, the Taurenian Security and Intelligence Service said the network was foreign.\n\n" +
				"The assessment, an unclassified summary of a longer classified document, said the agency had shared warnings.\n\n" +
				"The state news agency Drevpress called the report a fabrication. Drevpress itself went further, publishing a commentary that described the lab as “a paid instrument.”",
			want: []string{"Halden Lab for Information Integrity|research group", "Taurenian Security and Intelligence Service|",
				"Taurenian Security and Intelligence Service|", "Drevpress|"},
		},
		{
			name: "a twentieth blind round: comparisons, recalled envoys, a group's emir, the listener, as he put it",
			body: "When Teshvanian Foreign Minister Petra Vilanek addressed parliament, she accused Dolmaria of arming the rebels.\n\n" +
				"But the intelligence is far thinner than she suggested, according to two officials familiar with the assessments.\n\n" +
				"Within hours, Tsevra had recalled its ambassador for consultations.\n\n" +
				"A report published in June by the Arms Provenance Project, a research group, examined 212 rifles. It found that most were old.\n\n" +
				"Members were divided over whether the group’s emir, Mehr Azanti, had spent time inside the country.\n\n" +
				"Azanti has rarely spoken publicly. In a 2022 interview with the Sarmethi journalist Nadia Feroun, he dismissed the notion. States, as he put it, “are our enemies.”\n\n" +
				"Feroun, who has since left the country, told Foreign Policy that she was driven to the meeting blindfolded.\n\n" +
				"Satellite tracking data reviewed by Foreign Policy shows that the boats stayed in port.",
			want: []string{"Petra Vilanek|Teshvanian Foreign Minister", "|officials familiar with the assessments (anonymous); Petra Vilanek|Teshvanian Foreign Minister", "",
				"Arms Provenance Project|research group", "", "Mehr Azanti|group’s emir", "Nadia Feroun|Sarmethi journalist", ""},
		},
		{
			name: "the official, after one of the officials",
			body: "Intelligence officials in Brennland reached similar conclusions, according to two Brennish officials familiar with the assessment.\n\n" +
				"A senior official at the directorate, who spoke on condition of anonymity, said the grid was weak.\n\n" +
				"One of the Brennish officials said the material would stay private. “We’re not going to burn a source,” the official said.",
			want: []string{"|Brennish officials familiar with the assessment (anonymous)", "|senior official at the directorate (anonymous)",
				"|Brennish officials familiar with the assessment (anonymous)"},
		},
		{
			name:   "the author's own words, not her questions",
			author: "Hanne Sorvik",
			body: "In a 2020 essay for this magazine, I wrote that the government faced “a slow strangulation.”\n\n" +
				"I made it myself, in a 2021 internal memo that has since been released: “Without sanctions, it would be worse.”\n\n" +
				"When I asked whether he would return, he did not answer.\n\n" +
				"Eberle-Thorne, a friend with whom I have argued about this for years, thinks the measures need tightening.",
			want: []string{"Hanne Sorvik|", "Hanne Sorvik|", "", ""},
		},
		{
			name: "inspectors write for the agency that issued the citation",
			body: "In a citation issued last November, the State Bureau of Workplace Safety found that Brightcart had failed to act.\n\n" +
				"Inspectors wrote that workers were “required to lift at a pace that does not allow for recovery.” Brightcart is contesting the citation.\n\n" +
				"Inspectors visited the site again in March.",
			want: []string{"State Bureau of Workplace Safety|", "State Bureau of Workplace Safety|", ""},
		},
		{
			name: "a question put to someone: the pronoun after it is the one asked",
			body: "“He told me to close the quarter,” Paula Okafor testified under questioning by prosecutor Jonah Whitcombe.\n\n" +
				"Whitcombe asked what she took that to mean. “I understood it to mean find the money,” she said.\n\n" +
				"On redirect, Whitcombe asked Okafor why she had waited. “Because I was part of it,” she said.\n\n" +
				"Whitcombe asked the judge to strike the answer. “It is not responsive,” he said.",
			want: []string{"Paula Okafor|", "Paula Okafor|; Jonah Whitcombe|prosecutor", "Paula Okafor|; Jonah Whitcombe|prosecutor", "Jonah Whitcombe|prosecutor"},
		},
		{
			name: "said X of ORG, then surname",
			body: "“It is late,” said Ana Ruiz of the Water Council. “Very late.”\n\n“We waited,” Ruiz said.",
			want: []string{"Ana Ruiz|Water Council", "Ana Ruiz|Water Council"},
		},
		{
			name: "title before name",
			body: "“No comment,” said Treasury spokeswoman Jane Doe.",
			want: []string{"Jane Doe|Treasury spokeswoman"},
		},
		{
			name: "appositive and told OUTLET",
			body: "Tom Lee, a former mayor of Ely, told the Herald: “We knew.”",
			want: []string{"Tom Lee|former mayor of Ely"},
		},
		{
			name: "who-clause with as",
			body: "Bo Chan, who served as the city’s water czar in 2010, told reporters: “It broke.”",
			want: []string{"Bo Chan|the city’s water czar"},
		},
		{
			name: "a one-word company described with a participle, then the company",
			body: "The audit found that senior Brightcart managers knew.\n\n" +
				"Brightcart, the largest online retailer headquartered in the region, disputed that account. “It is false,” the company said in a statement.",
			want: []string{"", "Brightcart|largest online retailer headquartered in the region"},
		},
		{
			name: "a panel that speaks",
			body: "The United Nations Panel of Experts on Dalmara, which monitors the embargo, was cautious. In its report, the panel said it could not verify the origin.",
			want: []string{"United Nations Panel of Experts on Dalmara|"},
		},
		{
			name: "a plural title before a list of names",
			body: "Councilmembers Priya Venkataraman, Jonah Whitcombe and Felipe Duarte-Lind voted yes; Councilmembers Margaret Szabo-Kettering and Howard Blessing voted no.\n\n" +
				"“Nobody is against housing,” said Szabo-Kettering.\n\nWhitcombe said the plan was fair.",
			want: []string{"", "Margaret Szabo-Kettering|Councilmember", "Jonah Whitcombe|Councilmember"},
		},
		{
			name: "a who-clause after a balance is no unnamed source",
			body: "Ann Lee voted no. She said she had tried to strike a balance between tenant advocates and builders who warned that steeper mandates would hurt.",
			want: []string{"Ann Lee|"},
		},
		{
			name: "unnamed sources at a site, on a ship, and one who disputed",
			body: "A former operations manager at the Eastmere site, who asked not to be named for fear of losing a new job, said the pressure grew. “It was bad,” the manager said.\n\n" +
				"A crew member on a second tanker, who asked not to be named, said conditions were the same.\n\n" +
				"A senior official at the Defense Ministry, who spoke on condition of anonymity because he was not authorized to speak, disputed that characterization. The official said payments showed it.",
			want: []string{"|former operations manager at the Eastmere site (anonymous)", "|crew member on a second tanker (anonymous)", "|senior official at the Defense Ministry (anonymous)"},
		},
		{
			name: "an unnamed source based in a capital given its name, and a named one",
			body: "A Western diplomat based in the Dalmaran capital, Qessar, who asked not to be named because of the sensitivity of the subject, said governments had been shown it. “It is thin,” the diplomat said.\n\n" +
				"A spokesman for the company, Ann Lee, said it was wrong.",
			want: []string{"|Western diplomat based in the Dalmaran capital, Qessar (anonymous)", "Ann Lee|spokesman for the company"},
		},
		{
			name: "a plural possessive after said is no speaker",
			body: "Delphine Aucoin, a water lawyer in the state capital who has represented both irrigation districts and cities, said Ardent Springs’ bargaining position is weaker than its officials like to admit. “Cities assume that,” she said.",
			want: []string{"Delphine Aucoin|water lawyer in the state capital who has represented both irrigation districts and cities"},
		},
		{
			name: "an embassy and a nation are bodies",
			body: "The Embassy of Korvania rejected the accusations. “It is false,” the embassy said in a statement.\n\n" +
				"The Tonawick Nation, whose reservation straddles the canyon, holds rights. Bo Ray, who grew up there, said the Nation was prepared to lease water. “If the city wants water, it can pay,” he said.",
			want: []string{"Embassy of Korvania|", "Bo Ray|"},
		},
		{
			name: "figures published each week by a body",
			body: "The lake holds 31 percent of its capacity, according to figures published each week by the Ardent Springs Water Authority.",
			want: []string{"Ardent Springs Water Authority|"},
		},
		{
			name: "an unnamed official at a body a name's possessive owns",
			body: "The Northern Union imposed sanctions in 2022.\n\n" +
				"A senior official at the Union’s sanctions directorate, who spoke on condition of anonymity because the deliberations were confidential, said the Union was preparing to list 40 companies.",
			want: []string{"", "|senior official at the Union’s sanctions directorate (anonymous)"},
		},
		{
			name: "no description after an opening According to X when the sentence goes on",
			body: "Lucian Feld, who led the commission, said it worked.\n\n" +
				"According to Feld, the commission’s patrols helped cut attacks.\n\n" +
				"The talks failed, according to Tom Ray, the commission’s chief.",
			want: []string{"Lucian Feld|", "Lucian Feld|", "Tom Ray|commission’s chief"},
		},
		{
			name: "a country's adjective before people opens no sentence about the ministry it begins",
			body: "“It was stolen,” Adela Murin, a spokeswoman for the Vessenian Foreign Ministry, said.\n\n" +
				"Lucian Feld, who led the commission, said it worked.\n\n" +
				"Vessenian officers handed over two commanders in 2013. “It wasn’t the militants that killed it,” he said.",
			want: []string{"Adela Murin|spokeswoman for the Vessenian Foreign Ministry", "Lucian Feld|", "Lucian Feld|"},
		},
		{
			name: "an unnamed source whose description has an adjective before its noun, then a participle of telling",
			body: "An aide to the prime minister rejected that suggestion, saying the government would act.\n\n" +
				"An aide to the prime minister rejected that suggestion in comments to the Tarsk Courier, telling the newspaper that the government would act.\n\n" +
				"Tom Ray rejected that suggestion, telling the newspaper that the government would act.",
			want: []string{"|aide to the prime minister (anonymous)", "|aide to the prime minister (anonymous)", "Tom Ray|"},
		},
		{
			name: "a body's name before its document, and It for the document the sentence before opened with",
			body: "A report by the International Council on Trade Integrity (ICTI) found that trade rose.\n\n" +
				"The ICTI report found that re-exports rose by 70 percent.\n\n" +
				"The ICTI report offered some support for that view. It found that re-exports rose.\n\n" +
				"The ICTI report offered support. Prices rose. It found that exports rose.\n\n" +
				"The ICTI report offered support. But it warned that exports rose.",
			want: []string{"International Council on Trade Integrity|", "International Council on Trade Integrity|", "International Council on Trade Integrity|", "",
				"International Council on Trade Integrity|"},
		},
		{
			name: "the organisation a who-clause says someone works for is her role, and no organisation makes her",
			body: "The group has grown, according to Elias Brandvold, who tracked it for the United Nations Sarn Valley Observer Mission until last year.\n\n" +
				"Amara Okonjo-Reyes, who teaches the law of the sea at the University of Castelbrück, said the exception was a flaw.\n\n" +
				"But Ms. Okonjo-Reyes also thinks both governments are hiding behind the lawyers. “Both capitals are hiding,” she told me.\n\n" +
				"Leo Osei, who oversaw cyber policy at the National Security Council until 2023 and is now a senior fellow at the Calloway Institute for Strategic Studies, said no.\n\n" +
				"Tom Lee, who voted for Ann Ray, said no.",
			want: []string{"Elias Brandvold|United Nations Sarn Valley Observer Mission", "Amara Okonjo-Reyes|University of Castelbrück",
				"Amara Okonjo-Reyes|University of Castelbrück", "Leo Osei|Calloway Institute for Strategic Studies", "Tom Lee|"},
		},
		{
			name: "another word for the document just cited, after a long description",
			body: "Ridership fell, according to the agency’s own quarterly figures. A study the authority commissioned agrees. The study, by the Pittsburgh-based consultancy Harrowgate Mobility Partners, found that running times were stale.\n\n" +
				"The report, delivered in October and posted without announcement on the agency’s website in December, recommended consolidating stops.",
			want: []string{"Harrowgate Mobility Partners|", "Harrowgate Mobility Partners|"},
		},
		{
			name: "a medical center is a hospital, named after At",
			body: "At St. Brigid Regional Medical Center in Cedar Bend, visits doubled, according to figures released by the hospital.\n\n" +
				"The hospital said visits rose again.",
			want: []string{"St. Brigid Regional Medical Center|", "St. Brigid Regional Medical Center|"},
		},
		{
			name: "a description with a place in it before a name set off by commas",
			body: "The council’s special envoy for the strait, Birgitta Solheim-Ardal, has kept a low profile. In January, she said the parties were negotiating.\n\n" +
				"A spokeswoman for the district, Paula Grennan, said schools would stay open.",
			want: []string{"Birgitta Solheim-Ardal|council’s special envoy for the strait", "Paula Grennan|spokeswoman for the district"},
		},
		{
			name: "an unnamed source described in an appositive, and readers",
			body: "One reader, a retired colonel who spent three years attached to a joint patrol, wrote: “Everyone talks about boarding.”\n\n" +
				"A union official, who asked not to be named, said no.",
			want: []string{"|retired colonel (anonymous)", "|union official (anonymous)"},
		},
		{
			name: "a name that describes the noun after it is no subject",
			body: "Jorund Paavik, the foreign minister, told Le Monde it was unfair.\n\n" +
				"Mr. Paavik, for his part, left a sliver of room in the same Le Monde interview. Asked about inspections, he said his government would examine any proposal.",
			want: []string{"Jorund Paavik|foreign minister", "Jorund Paavik|foreign minister"},
		},
		{
			name: "a report by a body a possessive owns, then It found",
			body: "The Estravan Ministry of Defense signed the deal.\n\n" +
				"A report by the Estravan parliament’s Standing Committee on Defense Procurement, published in January, was less forgiving. It found that the program was late.",
			want: []string{"", "Standing Committee on Defense Procurement|"},
		},
		{
			name: "the letter someone wrote to someone",
			body: "The Office of the Digital Consumer Commissioner wrote to Quillon on Wednesday asking the company to explain.\n\n" +
				"“Consumers were not given a choice,” the letter said.",
			want: []string{"Office of the Digital Consumer Commissioner|", "Office of the Digital Consumer Commissioner|"},
		},
		{
			name: "figures provided by a body called by the last words of its name",
			body: "The outbreak has grown to 31 cases, according to the Harrow County Public Health Department. The State Department of Health sent nurses.\n\n" +
				"The county has spent about $680,000, according to figures provided by the health department.",
			want: []string{"Harrow County Public Health Department|", "Harrow County Public Health Department|"},
		},
		{
			name: "a report by a firm based in a city and state, then what the report attributed",
			body: "A report by Halvorsen Blackline, a cybersecurity firm based in Arlington, Va., found that the hackers got in.\n\n" +
				"A report published last month by the Civilian Harm Monitoring Network, an independent research group, found that 410 civilians had been killed.\n\n" +
				"The report attributed most of those strikes to artillery.",
			want: []string{"Halvorsen Blackline|cybersecurity firm based in Arlington, Va.", "Civilian Harm Monitoring Network|independent research group", "Civilian Harm Monitoring Network|independent research group"},
		},
		{
			name: "an unnamed source who declined to comment but said",
			body: "An FBI spokeswoman declined to comment on the investigation but said the bureau works with partners.\n\n" +
				"A spokeswoman for the water authority later said that it was fine, and noted that the authority has spent money.",
			want: []string{"|FBI spokeswoman (anonymous)", "|spokeswoman for the water authority (anonymous)"},
		},
		{
			name: "two bodies speak together, and a ministry after its country's possessive",
			body: "The National Cyber Defense Agency and the Environmental Protection Agency said in a joint statement that they would help.\n\n" +
				"Farland’s Ministry of Defense and National Security said in a statement that its forces had not fired.\n\n" +
				"“They fire from among civilians,” the statement said. A senior Defense Ministry official declined to say more.",
			want: []string{"National Cyber Defense Agency|; Environmental Protection Agency|", "Ministry of Defense and National Security|", "Ministry of Defense and National Security|"},
		},
		{
			name: "a first name given in a who-clause, and a name's first words",
			body: "“Everyone knows,” said a man who gave only his first name, Samir, for fear of reprisals.\n\n" +
				"According to Samir, the committee pulled three bodies from a house.\n\n" +
				"“We heard it,” said Abu Khalil al-Tamimi, a vegetable seller.\n\n" +
				"“Go,” said a spokesman for the Foreign Ministry.\n\n" +
				"By evening, vendors had returned. Abu Khalil was among them, stacking crates.\n\n" +
				"“Tomorrow I will open again,” he said.",
			want: []string{"Samir|", "Samir|", "Abu Khalil al-Tamimi|vegetable seller", "|spokesman for the Foreign Ministry (anonymous)", "", "Abu Khalil al-Tamimi|vegetable seller"},
		},
		{
			name: "a name in a relative clause without that",
			body: "When Tomasz Reindl, the foreign minister, rose in parliament, he held up a paper.\n\n" +
				"Joaquim Ferreira-Lund, an economist, said its effect was small. By his estimate, the volumes Reindl cited amount to little. “The anger is real,” he said.",
			want: []string{"", "Joaquim Ferreira-Lund|economist"},
		},
		{
			name: "an accusation quoted with no other speech verb",
			body: "When Tomasz Reindl, Varenia’s foreign minister, rose in parliament and accused Korsthan of running “a laundering operation,” he held up a paper.\n\n" +
				"Radek Sonn, the opposition’s spokesman on transport, accused the government of “sleepwalking into a crisis.”\n\n" +
				"The mayor was accused of fraud.",
			want: []string{"Tomasz Reindl|Varenia’s foreign minister", "Radek Sonn|opposition’s spokesman on transport", ""},
		},
		{
			name: "a body's kind before its name with no the",
			body: "According to shipping-data firm Kestrel Maritime Analytics, 38 ships were waiting.\n\n“It is bad,” said consulting firm Harlow Partners.",
			want: []string{"Kestrel Maritime Analytics|shipping-data firm", "Harlow Partners|consulting firm"},
		},
		{
			name: "a group with two bodies, and a source after a group's clause",
			body: "Officials from the council and the Environment Agency told the meeting that a plan would be published.\n\n" +
				"Officials in both capitals said this week that no investigation was planned, and a State Department official said Washington would press for sanctions.",
			want: []string{"", "|State Department official (anonymous)"},
		},
		{
			name: "a document cited in passing, and a kind of document cited before another",
			body: "The dispute has been sharpened by a confidential report from the U.N. Panel of Experts on Belmara, which was reviewed by Foreign Policy. The report found that money had moved.\n\n" +
				"According to the report, the transfers were routed through intermediaries.\n\n" +
				"An audit released on Tuesday by the state comptroller, Nathaniel Whitcombe, found that the authority erred.\n\n" +
				"The Metropolitan Regional Rail Authority said in a statement that it accepts the audit’s findings.\n\n" +
				"The audit found that the authority had been warned in 2019.",
			want: []string{"U.N. Panel of Experts on Belmara|", "U.N. Panel of Experts on Belmara|", "Nathaniel Whitcombe|comptroller",
				"Metropolitan Regional Rail Authority|", "Nathaniel Whitcombe|comptroller"},
		},
		{
			name: "a title word inside a body's name, and a council named in lower case",
			body: "A 2024 report by the Regional Transit Cost Project, a research group at the institute, found that costs were high.\n\n" +
				"“Riders pay,” said Yolanda Prieto-Hawkes, executive director of the Commuter Justice Project, a riders’ advocacy group.\n\n" +
				"The village has lost 14 homes, according to figures compiled by Holderby district council.",
			want: []string{"Regional Transit Cost Project|research group at the institute", "Yolanda Prieto-Hawkes|executive director of the Commuter Justice Project",
				"Holderby district council|"},
		},
		{
			name: "a month before a name, and a source who reckons",
			body: "The government thinks it has the answer. In March Ansel Korvath, the transport minister, announced a plan. “We run ports like a ministry,” says Mr Korvath.\n\n" +
				"A banker in the capital reckons the price will fall. “Bidders are wary,” he says.",
			want: []string{"Ansel Korvath|transport minister", "|banker in the capital (anonymous)"},
		},
		{
			name: "bodies named by a country's adjective, and no source in a whom-clause",
			body: "The crossing was shut. The Israeli military said at the time that it had acted on “intelligence.”\n\n" +
				"The Austrian interior ministry said in a statement that applications fell.\n\n" +
				"“It is fair,” the ministry said.\n\n" +
				"Marcus Eberle-Thorne, an economist, is a friend with whom I have argued about this for years.",
			want: []string{"Israeli military|", "Austrian interior ministry|", "Austrian interior ministry|", ""},
		},
		{
			name: "a group opened by some, and a report by an office of an inspector",
			body: "A report by the Office of the Inspector General, released Tuesday, found that officials changed the criteria.\n\n" +
				"Inside the Pentagon, the report has set off a debate, according to three people familiar with the deliberations, who spoke on the condition of anonymity. Some officials in the comptroller’s office have argued for a stop, the people said.\n\n" +
				"The secretary is expected to decide by the end of the month, the people said.",
			want: []string{"Office of the Inspector General|", "|people familiar with the deliberations (anonymous)", "|people familiar with the deliberations (anonymous)"},
		},
		{
			name: "a company by its trade and its first word, and a division",
			body: "Kestrel Silicon NV shares slumped after the Dutch chipmaker said new export rules could cut sales.\n\n" +
				"Rivals such as Caldwell Capital Partners gained.\n\n" +
				"Kestrel is scheduled to hold its investor day. The company said in a statement that the event would go ahead.\n\n" +
				"The Florida Division of Emergency Management said it had paid.",
			want: []string{"Kestrel Silicon NV|", "", "Kestrel Silicon NV|", "Florida Division of Emergency Management|"},
		},
		{
			name: "unnamed sources: bare people familiar, a place after an embassy, one who did not dispute",
			body: "The ministry had weighed controls since last summer, people familiar with the matter said, asking not to be identified.\n\n" +
				"A senior official at a foreign embassy in The Hague, who spoke on condition of anonymity, said their government had not been told.\n\n" +
				"A senior European official, who spoke on condition of anonymity because he was not authorized to discuss it, did not dispute that assessment. “Of course there are tiers,” the official said.",
			want: []string{"|people familiar with the matter (anonymous)", "|senior official at a foreign embassy in The Hague (anonymous)", "|senior European official (anonymous)"},
		},
		{
			name: "member states are no unnamed source",
			body: "At least three member states argued against consultations.\n\n" +
				"Governments in at least four member states have begun trimming budgets.",
			want: []string{"", ""},
		},
		{
			name: "a description quoted, a quotation called from afar, a promise",
			body: "Ilse Marant-Dobrev, the governor, spoke.\n\n" +
				"The bank held rates in January, when Marant-Dobrev described the policy stance as “appropriately restrictive.”\n\n" +
				"Tobias Ngata-Reyes, a staff attorney at the Union, called the loss of the private right of action “a gift to the industry.”\n\n" +
				"When Corvin Halloway-Aske, the defense minister, stood on the pier, he promised that six submarines would be built.",
			want: []string{"", "Ilse Marant-Dobrev|governor", "Tobias Ngata-Reyes|staff attorney at the Union", "Corvin Halloway-Aske|defense minister"},
		},
		{
			name: "documents owned by a name before them or by a body met before",
			body: "The Institute for Economic Policy, a think tank, said rents rose.\n\n" +
				"A report by the institute published in February found that households spent more.\n\n" +
				"A Reuters poll found last week that 19 of 22 economists expected no change.",
			want: []string{"Institute for Economic Policy|think tank", "Institute for Economic Policy|think tank", "Reuters|"},
		},
		{
			name: "sources with knowledge, and an unnamed official met paragraphs before",
			body: "Two sources with knowledge of the board’s discussions said the governor had pushed for it.\n\n" +
				"“We are close,” said a senior official at the Norvanian foreign ministry.\n\n" +
				"Ann Lee, an analyst, said talks stalled.\n\n" +
				"The Norvanian official I spoke to was scathing. “They move the line,” the official said.",
			want: []string{"|sources with knowledge of the board’s discussions (anonymous)", "|senior official at the Norvanian foreign ministry (anonymous)",
				"Ann Lee|analyst", "|senior official at the Norvanian foreign ministry (anonymous)"},
		},
		{
			name: "an observatory's report, and a ministry named past its of that goes on saying",
			body: "According to the Halvard Maritime Observatory, dark transits doubled.\n\n" +
				"A report by the observatory published in January found that inspections fell.\n\n" +
				"The Estmark Ministry of Foreign Affairs went further in a statement on Monday, saying that the proposal was unfair.",
			want: []string{"Halvard Maritime Observatory|", "Halvard Maritime Observatory|", "Estmark Ministry of Foreign Affairs|"},
		},
		{
			name: "Markdown links, a body's short name, and a source after But",
			body: "The Halden Institute for Public Policy, a think tank, said ridership fell.\n\n" +
				"A [report by the Halden Institute](https://example.org/r) published last autumn found that fares rose.\n\n" +
				"Meridian Rail, the operator, [said in a statement](https://example.com/s) that it was disappointed.\n\n" +
				"The Amalgamated Union of Rail and Transit Workers said it would strike.\n\n" +
				"According to the [union](https://example.org/dates), a further walkout is set.\n\n" +
				"But a senior official at the Ministry of Transport and Infrastructure, who spoke on condition of anonymity, said plans were ready.",
			want: []string{"Halden Institute for Public Policy|think tank", "Halden Institute for Public Policy|think tank", "Meridian Rail|operator",
				"Amalgamated Union of Rail and Transit Workers|", "Amalgamated Union of Rail and Transit Workers|",
				"|senior official at the Ministry of Transport and Infrastructure (anonymous)"},
		},
		{
			name: "a librarian at one of the branches, met again, and a library's friends",
			body: "A librarian at one of the affected branches, who spoke on condition of anonymity because staff members were told not to talk to reporters, said employees learned of it from the news.\n\n" +
				"Ann Lee, a patron, said it was sad.\n\n" +
				"The librarian who asked not to be named said staff were fielding questions.\n\n" +
				"The Friends of the Port Ashby Library, a nonprofit that raises money, said in a statement that it was “devastated.”",
			want: []string{"|librarian at one of the affected branches (anonymous)", "Ann Lee|patron", "|librarian at one of the affected branches (anonymous)",
				"Friends of the Port Ashby Library|nonprofit that raises money"},
		},
		{
			name: "a cable from an embassy in a city, a guard, a study that counted, a ministry after When",
			body: "A diplomatic cable sent from the U.S. Embassy in Korvany to Washington in late January, which was reviewed by Foreign Policy, said that insiders agreed. The order was drafted early, the cable said.\n\n" +
				"More than 140,000 people have crossed here, according to the Nardian Border Guard—more than 12 times the population.\n\n" +
				"A 2022 study by the Stockholm-based Centre for River Security counted 37 violent incidents.\n\n" +
				"When Veskaria’s Ministry of Commerce and Resources announced in late February that exports would need licences, prices rose.",
			want: []string{"U.S. Embassy in Korvany|", "Nardian Border Guard|", "Centre for River Security|", "Ministry of Commerce and Resources|"},
		},
		{
			name: "an executive of a body described by a which-clause speaks, not the body",
			body: "Marguerite Aldana-Frost, chief executive of Northfell Resources, which operates a mine in the north, told Foreign Policy that her phone “has not stopped ringing.”",
			want: []string{"Marguerite Aldana-Frost|chief executive of Northfell Resources"},
		},
		{
			name: "several of a kind are a group, unless the description says why they know",
			body: "Several survivors said the ferry tilted.\n\n" +
				"Still, several officials said the process was slow.\n\n" +
				"According to several people familiar with the talks, a deal is near.",
			want: []string{"", "", "|people familiar with the talks (anonymous)"},
		},
		{
			name: "one of a group of unnamed sources",
			body: "Three former managers at the Harlow Falls warehouse, who spoke on condition of anonymity, described weekly calls. Safety came up “at the very end,” one of them said.\n\n" +
				"“You were never told to ignore safety,” said one of the former managers, who oversaw a shift.\n\n" +
				"“It is a fine plan,” said one of the engineers.",
			want: []string{"|former managers at the Harlow Falls warehouse (anonymous)", "|former managers at the Harlow Falls warehouse (anonymous)", "|engineers (anonymous)"},
		},
		{
			name: "a who-clause of a named person's description, and a label",
			body: "“It is modest,” said Imogen Falcke, a researcher at Ashgrove State University who testified at a hearing.\n\n" +
				"The utility will publish its data, a move Dan Okafor described as overdue.",
			want: []string{"Imogen Falcke|researcher at Ashgrove State University who testified at a hearing", ""},
		},
		{
			name: "descriptions that open with an owner, a title's adjunct or hold an ampersand",
			body: "“There is no doubt,” said Radomir Hask, Kestrava’s defense minister, standing beside the debris.\n\n" +
				"Samira Castellanos-Webb, organizing director of the Halverton Tenants Union, said the group welcomed the vote.\n\n" +
				"“It is thin,” said Felix Adebayo-Strand, a sanctions lawyer at Carrow & Lindqvist.",
			want: []string{"Radomir Hask|Kestrava’s defense minister", "Samira Castellanos-Webb|organizing director of the Halverton Tenants Union",
				"Felix Adebayo-Strand|sanctions lawyer at Carrow & Lindqvist"},
		},
		{
			name: "a participle aside and a phrase that says when are no roles",
			body: "A report by the Clearwater Rivers Trust, published last month, found that rivers were dirty.\n\n" +
				"A few speakers later, Marcus Oyelaran, 29, a pharmacy technician, said he pays half his income in rent.",
			want: []string{"Clearwater Rivers Trust|", "Marcus Oyelaran|pharmacy technician"},
		},
		{
			name: "the doer of a passive that ends the sentence is who she is",
			body: "Councilmember Priya Venkataraman voted yes. “No,” said Ann Castle.\n\n" +
				"The ordinance requires 10 percent, a compromise brokered in the final week by Venkataraman. She said she had tried to strike a balance.",
			want: []string{"Ann Castle|", "Priya Venkataraman|Councilmember"},
		},
		{
			name: "its president is the president of the organisation the sentence before opens with",
			body: "The Birchmont Neighborhood Association, which gathered signatures, said it was disappointed.\n\n" +
				"Its president, Gerald Haverkamp, was blunter. Haverkamp told the Courier: “It was theater.”\n\n" +
				"The Halvorsen Trust gave money. The state’s hospital association opposes the plan. Its spokeswoman, Bethany Koenig, said so.",
			want: []string{"Birchmont Neighborhood Association|", "Gerald Haverkamp|Birchmont Neighborhood Association president", "Bethany Koenig|spokeswoman"},
		},
		{
			name: "an organisation named by its kind and what follows of",
			body: "The Alliance of American Medicine Makers, the drug industry’s main lobbying group, said the bill was bad.\n\n" +
				"A 2021 report by the Centre for Delta Governance, a research group, found that unions got more.",
			want: []string{"Alliance of American Medicine Makers|drug industry’s main lobbying group", "Centre for Delta Governance|research group"},
		},
		{
			name: "short parentheses after names: a party, a short form, not a maiden name",
			body: "Senate Majority Leader Dorian Falkenrath (D-Mich.) said he would bring the bill back.\n\n" +
				"The UN Office for the Coordination of Humanitarian Affairs (Ocha) said 214 had died.\n\n" +
				"Ocha’s latest situation report, published on Wednesday, found that 41% had been funded.\n\n" +
				"Among the Republicans was Sen. Delphine Marchbanks (R-Maine), who said in a statement that she voted yes.",
			want: []string{"Dorian Falkenrath|Senate Majority Leader", "UN Office for the Coordination of Humanitarian Affairs|",
				"UN Office for the Coordination of Humanitarian Affairs|", "Delphine Marchbanks|Sen."},
		},
		{
			name: "saying, and but said",
			body: "A spokesman for the Ministry of Disaster Management and Relief rejected the suggestion, saying aid was allocated by need.\n\n" +
				"Ann Lee, a spokeswoman for Veridane, declined to comment but said the company was interested.",
			want: []string{"|spokesman for the Ministry of Disaster Management and Relief (anonymous)", "Ann Lee|spokeswoman for Veridane"},
		},
		{
			name: "a way the researchers wrote is no unnamed source",
			body: "Its compound punched holes in a way the researchers wrote was “unlike any mechanism,” and it worked.",
			want: []string{""},
		},
		{
			name: "a surname with an age shows the name met before was a person's",
			body: "In Nalitola, a fishing village, Abdul Karim Mollah was patching a hole. ‘The river gave us our living,’ he said through an interpreter.\n\n" +
				"Mollah, 61, said the wells were contaminated.",
			want: []string{"Abdul Karim Mollah|", "Abdul Karim Mollah|"},
		},
		{
			name: "documents: of what they analysed, and when they came out",
			body: "The alliance spent money, according to an analysis of disclosure filings by the Center for Lobbying Transparency, a nonpartisan watchdog.\n\n" +
				"A report by the National Health Protection Agency published last year found that infections rose.",
			want: []string{"Center for Lobbying Transparency|nonpartisan watchdog", "National Health Protection Agency|"},
		},
		{
			name: "and inside an organisation's name",
			body: "The Kheshar Customs and Excise Authority said in a statement that it would clear them.\n\n" +
				"Sen. Oren Castellanos and Sen. Wilhelmina Hartsough have said they support the cap.",
			want: []string{"Kheshar Customs and Excise Authority|", "Oren Castellanos|Sen.; Wilhelmina Hartsough|Sen."},
		},
		{
			name: "a business named with a plural noun, its short form, and the company just speaking",
			body: "The Kessler Family Markets store is big. Kessler, a 61-store chain, was losing.\n\n" +
				"Suppliers like Two Rivers Dairy Cooperative, a group of 140 farms, gained.\n\n" +
				"In a statement, Kessler said it had raised wages in its Pennsylvania and New Jersey stores. The company said it expected an agreement.\n\n" +
				"It may buy a chain in western New Jersey, a deal that would add stores.",
			want: []string{"", "", "Kessler Family Markets|61-store chain", ""},
		},
		{
			name: "officials at an organisation are a group, two of them unnamed sources",
			body: "Officials at the Department of Health said they were considering it. A department spokeswoman said no decision had been made.\n\n" +
				"Two officials at the Department of Health said it was late.",
			want: []string{"|department spokeswoman (anonymous)", "|officials at the Department of Health (anonymous)"},
		},
		{
			name: "a colon after a place names no speaker",
			body: "“It works,” said Dr. Maren Vasquez-Holt, a microbiologist at the University of Caldermoor.\n\n" +
				"For now, the samples sit in a freezer in Caldermoor, labelled in marker pen: “Ditch 4, October.”",
			want: []string{"Maren Vasquez-Holt|microbiologist at the University of Caldermoor", ""},
		},
		{
			name: "businesses named without saying so, a union local, a one-word firm after its kind",
			body: "On Monday morning, Quillon Semiconductor was celebrating.\n\nQuillon said in a blog post that it had paused the rollout.\n\n" +
				"Amalgamated Transit Workers Local 412 said turnover had reached 58 percent.\n\n" +
				"A report by the app-analytics firm Sensorly, published Wednesday, found that laptops drew 11 watts.",
			want: []string{"", "Quillon Semiconductor|", "Amalgamated Transit Workers Local 412|", "Sensorly|"},
		},
		{
			name: "documents described after a comma, then referred back to",
			body: "A memo was seen by The Circuit. The memo, written by Tobias Renwick, Quillon’s vice president of platform software, said the code failed.\n\n" +
				"“We can ship,” the memo said.\n\n" +
				"The study, by the Pittsburgh-based consultancy Harrowgate Mobility Partners, found that times were old.\n\n" +
				"The Oregon Department of Health Services said in a statement that the air was bad. The statement also warned that smoke can worsen asthma.",
			want: []string{"Tobias Renwick|Quillon’s vice president of platform software", "Tobias Renwick|Quillon’s vice president of platform software",
				"Harrowgate Mobility Partners|", "Oregon Department of Health Services|"},
		},
		{
			name: "unnamed sources before the bodies they name, and she with colleagues",
			body: "Marcus Obuya, chief engineer of the Lower Kessling Water Authority, spoke. A spokeswoman for the water authority later said that his comments were his own.\n\n" +
				"Two people familiar with discussions in the governor’s office said she could sign it.\n\n" +
				"A senior official at the state Department of Water Resources, who spoke on condition of anonymity, said the department had urged districts to prepare.\n\n" +
				"Nadia Ferreira-Lund, an economist at the Hollins Institute, has spent years on it. In a 2024 paper, she and two colleagues estimated that it would cost more.",
			want: []string{"|spokeswoman for the water authority (anonymous)", "|people familiar with discussions in the governor’s office (anonymous)",
				"|senior official at the state Department of Water Resources (anonymous)", "Nadia Ferreira-Lund|economist at the Hollins Institute"},
		},
		{
			name: "groups, streets and deeds name no one; an owner met in the possessive does",
			body: "Officials at the commissioner’s office said they had found no evidence.\n\n" +
				"The sign on Kellerman Avenue tells the truth. The Lower Kessling Water Authority maintains 230 miles of levee.\n\n" +
				"Ridership on the Calder Regional Transit Authority’s buses fell, according to the agency’s own quarterly figures.",
			want: []string{"", "", "Calder Regional Transit Authority|"},
		},
		{
			name: "markets: a firm's note, unnamed traders, a trader, a company which said, figures released by an office",
			body: "Analysts at Brantwood Hale wrote in a note to clients that the deficit could reach 410,000 tonnes.\n\n" +
				"Traders who asked not to be named because they were not authorised to speak said smelters had been bidding.\n\n" +
				"“It is late,” one Singapore-based trader said.\n\n" +
				"The rally was triggered by Tres Cumbres Mining Company, which said in a statement that a landslide had stopped it.\n\n" +
				"Separate figures released on Wednesday by the National Mining Statistics Office showed that output fell.",
			want: []string{"Brantwood Hale|", "|traders (anonymous)", "|Singapore-based trader (anonymous)", "Tres Cumbres Mining Company|", "National Mining Statistics Office|"},
		},
		{
			name: "a courtroom: testimony under questioning, a ruling, the other word for a lawyer, an object, a concession",
			body: "“He told me to close the quarter,” Paulina Okafor-Lind testified under questioning by Assistant U.S. Attorney Jonah Whitcombe. She said it twice.\n\n" +
				"Under cross-examination by defense attorney Rebecca Stanhope-Ruiz, Okafor-Lind acknowledged that she had signed. “Yes,” Okafor-Lind replied.\n\n" +
				"“You are hoping for leniency,” the defense lawyer said later.\n\n" +
				"Judge Corinne Abernathy ruled that the defense could not ask about it.\n\n" +
				"Stanhope-Ruiz spoke for an hour, describing Lionel Pardee as an optimist. “He believed,” she told jurors.\n\n" +
				"Brannigan conceded in a phone call at 10:15 p.m., two people familiar with the call said.",
			want: []string{"Paulina Okafor-Lind|", "Paulina Okafor-Lind|", "Rebecca Stanhope-Ruiz|attorney", "Corinne Abernathy|Judge",
				"Rebecca Stanhope-Ruiz|attorney", "|people familiar with the call (anonymous)"},
		},
		{
			name: "names written family name first, a news agency, a title of the clergy",
			body: "Li Xiaoming, the chairman of Huaxin, spoke. Park Ji-hoon, Daeseong’s chief executive, agreed.\n\n" +
				"Mr. Li said it was fine. “Yes,” Mr. Park said.\n\n" +
				"Xinhua, the state news agency, reported that Mr. Li had briefed officials. Meanwhile, the company said nothing.\n\n" +
				"“We will rebuild,” said the Rev. Miriam Achterberg.",
			want: []string{"Park Ji-hoon|Daeseong’s chief executive", "Li Xiaoming|chairman of Huaxin; Park Ji-hoon|Daeseong’s chief executive",
				"Xinhua|state news agency", "Miriam Achterberg|Rev."},
		},
		{
			name: "offices, courts and counties: whole names, filers, groups in a place, citing",
			body: "Ruckert faces one count, according to a criminal complaint filed by the Ashby County District Attorney’s Office in Ashby County Circuit Court.\n\n" +
				"In a statement released Wednesday, the Ashby County Sheriff’s Office said it does not comment.\n\n" +
				"Ruckert’s attorney, Nathaniel Brecken of Fairfield, said his client denies it.\n\n" +
				"Officials in neighboring Carrow County, which has a mutual-aid agreement with the city, said their ambulances crossed.\n\n" +
				"Ashby County District Attorney Paula Verhoeven declined to comment Wednesday, citing a policy of not discussing pending cases.\n\n" +
				"The Environmental Protection Agency on Tuesday said the rule would stand.",
			want: []string{"Ashby County District Attorney’s Office|", "Ashby County Sheriff’s Office|", "Nathaniel Brecken|Ruckert’s attorney", "",
				"Paula Verhoeven|Ashby County District Attorney", "Environmental Protection Agency|"},
		},
		{
			name: "someone met in passing with an unnamed companion, and a dispatcher at a named centre",
			body: "Ruth Amsden, a rancher, spoke first. Near midnight, Amsden lingered with a young equipment operator who had testified for the mine. “We disagree,” she said.\n\n" +
				"A dispatcher at the Port Halloran Emergency Communications Center, who spoke on condition of anonymity, said the board was red.",
			want: []string{"Ruth Amsden|rancher", "|dispatcher at the Port Halloran Emergency Communications Center (anonymous)"},
		},
		{
			name: "Washington sources: this person, sources within, pushed back, an official in an office",
			body: "Two people close to the White House described it. “Rowan cares about the story,” this person said.\n\n" +
				"Sources within the coastguard say the captain has been questioned.\n\n" +
				"A senior defense official who spoke on condition of anonymity to discuss deliberations pushed back on that reading. The official said evidence was withheld.\n\n" +
				"A senior official in the attorney general’s office, who spoke on condition of anonymity, said investigators were focused.\n\n" +
				"Fishermen at Pelican Point say the pipes will kill fish larvae.",
			want: []string{"|people close to the White House (anonymous)", "|Sources within the coastguard (anonymous)", "|senior defense official (anonymous)",
				"|senior official in the attorney general’s office (anonymous)", ""},
		},
		{
			name: "an office named with of the, and a filing that an organisation submitted",
			body: "The decision rests with the Office of the Ohio Attorney General, which must review any deal. In a statement, the office said it was examining the deal.\n\n" +
				"The boards of St. Brigid Medical Center and Harlan Valley Health met.\n\n" +
				"According to a filing that Harlan Valley Health submitted to the Ohio Department of Health in September, the hospital lost money.",
			want: []string{"Office of the Ohio Attorney General|", "", "Harlan Valley Health|"},
		},
		{
			name: "a name first met as a place stays one when it opens a sentence",
			body: "The team plays at Coyle Field.\n\nCoyle Field fails most of the standards.\n\n" +
				"Marcus Adeyemi, who represents the Fourth Ward, where Coyle Field sits, is a critic. He posted that the deal was “a blank check.”",
			want: []string{"", "", "Marcus Adeyemi|representative of the Fourth Ward"},
		},
		{
			name: "an age, then a description that ends in a place with a comma",
			body: "Marisol Vega, 34, a nurse from Astoria, Queens, said she had been charging the bike.",
			want: []string{"Marisol Vega|nurse from Astoria"},
		},
		{
			name: "a one-word company described as a business, then by name and as the company",
			body: "Voltaro, the Denver-based maker of electric bikes, is recalling packs.\n\n" +
				"Voltaro said in a statement that it tests every design.\n\nThe company said it had stopped buying cells.\n\n" +
				"Shares of Voltaro fell.", // a name is capitalised in mid-sentence too
			want: []string{"", "Voltaro|Denver-based maker of electric bikes", "Voltaro|Denver-based maker of electric bikes", ""},
		},
		{
			name: "a word that only opens sentences names no company",
			body: "Still, the largest maker of bikes, which cut jobs, is hiring.\n\n“We are fine,” the company said.",
			want: []string{"", ""},
		},
		{
			name: "agreed to is a deed",
			body: "Ann Lee, a nurse, agreed to the deal.\n\n“Fine,” Ann Lee agreed.",
			want: []string{"", "Ann Lee|nurse"},
		},
		{
			name: "a document whose owner a possessive names",
			body: "The Consumer Product Safety Commission announced the recall.\n\nThe commission’s report found that most fires began while charging.",
			want: []string{"Consumer Product Safety Commission|", "Consumer Product Safety Commission|"},
		},
		{
			name: "a document whose owner a clause between commas names",
			body: "According to a state audit released in March, the district overspent. The audit, conducted by the Office of the State Auditor, found that schools were half empty.",
			want: []string{"Office of the State Auditor|"},
		},
		{
			name: "a document with no owner is that of the organisation the sentence opens with",
			body: "Voltaro, the Denver-based maker of electric bikes, is recalling packs.\n\n" +
				"Voltaro expects to spend $86 million, according to a filing with the Securities and Exchange Commission. Shares of Voltaro fell.\n\n" +
				"Prices rose 5 percent, according to a survey.\n\nAnn Lee, a nurse, earned $9, according to a filing.",
			want: []string{"", "Voltaro|Denver-based maker of electric bikes", "", ""},
		},
		{
			name: "names with particles, written apart or joined",
			body: "Foreign Minister Ana María de la Vega, who chaired the talks, said the draft was ready.\n\n“We are close,” de la Vega said.\n\n" +
				"Karim el-Haddad, the army chief, said nothing was agreed. “Not yet,” el-Haddad said.\n\nDe la Vega said more.",
			want: []string{"Ana María de la Vega|Foreign Minister", "Ana María de la Vega|Foreign Minister", "Karim el-Haddad|army chief", "Ana María de la Vega|Foreign Minister"},
		},
		{
			name: "a name with where it is from, then a who-clause",
			body: "“We are close,” Foreign Minister Ana Vega of Montreval, who has hosted the talks since April, told reporters.",
			want: []string{"Ana Vega|Foreign Minister"},
		},
		{
			name: "guidelines from an organisation whose name goes on with for",
			body: "According to guidelines from the Centers for Disease Control and Prevention, teenagers should sleep eight hours.",
			want: []string{"Centers for Disease Control and Prevention|"},
		},
		{
			name: "the study's lead author owns what the study found, not what someone says it showed",
			body: "“It surprised us,” said Dr. Helen Marchetti, the study’s lead author.\n\nAccording to guidelines from the Centers for Disease Control and Prevention, teenagers need sleep.\n\n" +
				"Only 27 percent met that target, the study found.\n\nAccording to the study, they had lower grades.\n\n" +
				"Dr. Priya Natarajan, a psychologist at the University of Michigan, said the study showed only an association.",
			want: []string{"Helen Marchetti|study’s lead author", "Centers for Disease Control and Prevention|", "Helen Marchetti|study’s lead author",
				"Helen Marchetti|study’s lead author", "Priya Natarajan|psychologist at the University of Michigan"},
		},
		{
			name: "an unnamed source at a school in a place",
			body: "A science teacher at Brookfield High School in Wisconsin, who asked not to be named, said she could tell.",
			want: []string{"|science teacher at Brookfield High School in Wisconsin (anonymous)"},
		},
		{
			name: "a company described as the maker of something, then the company",
			body: "Vireo Mobile, the smartphone maker whose phones most students used, did not comment. In a statement, the company said its phones have a bedtime setting.",
			want: []string{"Vireo Mobile|smartphone maker whose phones most students used"},
		},
		{
			name: "described after the verb, then named",
			body: "“Walter was proud of that job,” said his sister, Loretta Pike, 71, who lives in Fenwick.\n\n“We are fine,” said the mayor, Ann Lee.",
			want: []string{"Loretta Pike|sister", "Ann Lee|mayor"},
		},
		{
			name: "an unnamed source in a clause of someone's account is part of it",
			body: "Ms. Ann Pike said she waited for hours before an officer told her the news.\n\nA state official, who asked not to be named, said staff were divided.",
			want: []string{"Ann Pike|", "|state official (anonymous)"},
		},
		{
			name: "two verbs that share the sentence's subject",
			body: "Nadia Ben Youssef, a spokeswoman for the ministry, called the figure “invented” and said shells had hit the station. Ann Lee, a nurse, later said it was empty.\n\nThe company cut jobs and said it would recover.",
			want: []string{"Nadia Ben Youssef|spokeswoman for the ministry; Ann Lee|nurse", ""},
		},
		{
			name: "an affidavit signed by a detective, then the affidavit and the document",
			body: "According to an arrest affidavit filed in District Court, he was fired in August. The affidavit, signed by Detective Lionel Sharpe of the Harbor Point Police Department, says that video shows him.\n\n" +
				"The affidavit says a camera recorded a man. A key card was used at 2:31 a.m., according to the document.",
			want: []string{"Lionel Sharpe|Harbor Point Police Department", "Lionel Sharpe|Harbor Point Police Department"},
		},
		{
			name: "a study's lead author, named later, owns its findings; researchers without one are a group",
			body: "Teenagers lose sleep, according to a large new study.\n\nThe researchers found that students slept less.\n\n" +
				"“It surprised us,” said Dr. Helen Marchetti, the study’s lead author.",
			want: []string{"Helen Marchetti|study’s lead author", "Helen Marchetti|study’s lead author", "Helen Marchetti|study’s lead author"},
		},
		{
			name: "researchers with no lead author named are a group",
			body: "Teenagers lose sleep, according to a large new study.\n\nThe researchers found that students slept less.",
			want: []string{"", ""},
		},
		{
			name: "a false title after the verb",
			body: "“It is the best new building in Ashford,” wrote the critic Leonard Asch in a 1971 review.",
			want: []string{"Leonard Asch|critic"},
		},
		{
			name: "continued to is a deed",
			body: "Ms. Ann Halloran retired in 2008, though she continued to consult on renovations.",
			want: []string{""},
		},
		{
			name: "a building's name is no person",
			body: "Margit Halloran, an architect, died on Saturday.\n\nMr. Leonard Asch was not always generous. He called her Delmont Street Houses, " +
				"a 312-unit complex completed in 1979, “earnest but airless,” a verdict she said she never forgave.",
			want: []string{"", "Leonard Asch|"},
		},
		{
			name: "a surname, an age and a long description",
			body: "“We were caught short,” said Gregory Amankwah, the chief executive.\n\n" +
				"Amankwah, 56, a former Air Force logistics officer who became chief executive in 2021, acknowledged that the airline had hedged too little.",
			want: []string{"Gregory Amankwah|chief executive", "Gregory Amankwah|chief executive"},
		},
		{
			name: "a relative described before her name set off by commas, then by courtesy title",
			body: "The cause was heart failure, her daughter, Clara Halloran Voss, said.\n\n" +
				"“She never gave me a toy,” said her grandson, Elias Voss, 29, an architect in Chicago.\n\nMs. Voss said her mother kept sketching.",
			want: []string{"Clara Halloran Voss|daughter", "Elias Voss|architect in Chicago", "Clara Halloran Voss|daughter"},
		},
		{
			name: "the company is no union, and a short form is the business's",
			body: "Northlake Airways swung to a loss. The Northlake Pilots Association, the union that represents its pilots, welcomed the raise.\n\n" +
				"Northlake will drop nine routes, the company said.\n\nNorthlake said passengers would get refunds.",
			want: []string{"", "Northlake Airways|", "Northlake Airways|"},
		},
		{
			name: "a player's position before his name, then his surname",
			body: "Then guard Jalen Whitaker took two hard dribbles.\n\n“We drew it up for Jalen,” Hawks coach Marcus Bell said after the game.\n\n" +
				"Whitaker told reporters that he had not stopped thinking about the miss. “I saw that one in my sleep,” he said.\n\nGuard Devon Pryce added 22 points and 9 assists.",
			want: []string{"", "Marcus Bell|Hawks coach", "Jalen Whitaker|guard", ""},
		},
		{
			name: "an unnamed tradesman",
			body: "One Minneapolis installer, who asked not to be named, said some contractors had raised their prices.",
			want: []string{"|Minneapolis installer (anonymous)"},
		},
		{
			name: "a long name after the speaks, a country's short one does not",
			body: "A seventh shelter opened, and the American Red Cross said it was sending cots.\n\nAnd the United States maintains an alliance with Pakistan.",
			want: []string{"American Red Cross|", ""},
		},
		{
			name: "a quotation after a description set off by commas, or after a spoken quote",
			body: "Mr. Leonard Asch was not always generous. He called her Delmont Street Houses, a 312-unit complex completed in 1979, “earnest but airless.”\n\n" +
				"Back in 1961, the state highway commissioner, Walter Pruitt, called this neighborhood, quote, “a blighted district.”",
			want: []string{"Leonard Asch|", "Walter Pruitt|commissioner"},
		},
		{
			name: "a press release: a title opens the description, and today announced",
			body: "Green Valley Health, a nonprofit regional health system, today announced a $42 million plan.\n\n" +
				"“It is late,” said Dana Whitfield, president and chief executive officer of Green Valley Health.\n\n" +
				"Harlow Falls resident Ellen Marchetti, 68, who manages type 2 diabetes, said the nearest clinic is 38 miles away.",
			want: []string{"Green Valley Health|nonprofit regional health system", "Dana Whitfield|president and chief executive officer of Green Valley Health",
				"Ellen Marchetti|"},
		},
		{
			name: "an organisation's name used as a modifier is no subject",
			body: "Samuel Okafor, a maritime historian, studies lights.\n\n" +
				"Okafor pointed to the old Lighthouse Service logs, which he has spent years transcribing. “The records show that she lit the lamp,” he said.",
			want: []string{"", "Samuel Okafor|maritime historian"},
		},
		{
			name: "added and He added",
			body: "“First,” said Kim Park of Acme.\n\nPark added: “Second.”\n\nHe added: “Third.”",
			want: []string{"Kim Park|Acme", "Kim Park|Acme", "Kim Park|Acme"},
		},
		{
			name: "she said refers back",
			body: "Mia Roth, an economist at the Bank, spoke first.\n\n“Rates will rise,” she said.",
			want: []string{"", "Mia Roth|economist at the Bank"},
		},
		{
			name: "according to and as X described it",
			body: "The deal collapsed, according to Ivan Petrov of the Ministry.\n\nIt was “a farce,” as Petrov described it.",
			want: []string{"Ivan Petrov|Ministry", "Ivan Petrov|Ministry"},
		},
		{
			name: "run-on quote",
			body: "“The first part,” said Li Wei of the Institute. “It goes on\n\n“and on into this paragraph.”",
			want: []string{"Li Wei|Institute", "Li Wei|Institute"},
		},
		{
			name: "anonymous source",
			body: "“It is done,” a senior ministry official told Reuters.",
			want: []string{"|senior ministry official (anonymous)"},
		},
		{
			name: "plural and unnamed bodies are not speakers",
			body: "Officials say the plan works. Experts said so too. And the United States maintains its view.",
			want: []string{""},
		},
		{
			name: "words inside quotes are not attribution",
			body: "“He said Bob Smith told him,” said Ann Gray of the Post.",
			want: []string{"Ann Gray|Post"},
		},
		{
			name: "the title refers back to a named person",
			body: "Jane Smith, the agency’s spokeswoman, spoke first.\n\n“It is over,” the spokeswoman said.",
			want: []string{"", "Jane Smith|agency’s spokeswoman"},
		},
		{
			name: "ages and courtesy titles are not roles",
			body: "Mark Stone, 45, said it failed. Dr. Jane Smith said so too. “No,” said Sen. Bob Hill, a Republican from Ohio.",
			want: []string{"Mark Stone|; Jane Smith|; Bob Hill|Republican from Ohio"},
		},
		{
			name: "a sentence subject is an antecedent",
			body: "Ann Lee runs the agency.\n\n“We are ready,” she said, “but not yet.”",
			want: []string{"", "Ann Lee|"},
		},
		{
			name: "one or another unnamed official",
			body: "“It is done,” said one senior official. “Not yet,” another official said.",
			want: []string{"|senior official (anonymous); |official (anonymous)"},
		},
		{
			name: "name set off by commas, age before the role",
			body: "“We are broke,” the mayor, Ann Lee, said. “Done,” said Bo Chan, 52, a farmer in Ohio.",
			want: []string{"Ann Lee|mayor; Bo Chan|farmer in Ohio"},
		},
		{
			name: "quote after a colon",
			body: "Ann Lee, the mayor, was blunt: “We are broke.”",
			want: []string{"Ann Lee|mayor"},
		},
		{
			name: "two people speak together",
			body: "Ann Lee and Bob Ray said the deal was good.",
			want: []string{"Ann Lee|; Bob Ray|"},
		},
		{
			name: "several unnamed sources after according to",
			body: "The cracks were found in August, according to two people familiar with the investigation.",
			want: []string{"|people familiar with the investigation (anonymous)"},
		},
		{
			name: "an unnamed source with an affiliation",
			body: "A spokeswoman for the Association of Flight Attendants said the union agreed.",
			want: []string{"|spokeswoman for the Association of Flight Attendants (anonymous)"},
		},
		{
			name: "an unnamed source set off by a who-clause, with a plural possessive",
			body: "A pilots’ union official, who asked not to be named because the union had not decided, said pilots knew.",
			want: []string{"|pilots’ union official (anonymous)"},
		},
		{
			name: "a long unnamed source before said, with why they know",
			body: "The offer expires in May, two people familiar with the terms of the loan said, speaking on condition of anonymity.",
			want: []string{"|people familiar with the terms of the loan (anonymous)"},
		},
		{
			name: "a long plain phrase before said is no source",
			body: "The offer expires in May, a year of talks between the two sides and the bank said.",
			want: []string{""},
		},
		{
			name: "an organisation inside a person's description is not the speaker",
			body: "Ann Lee, a lawyer with the Water Alliance, a group that has threatened to sue, said the plan was flawed.",
			want: []string{"Ann Lee|lawyer with the Water Alliance"},
		},
		{
			name: "an organisation described on its own speaks",
			body: "The Water Alliance, a group that has threatened to sue, said the plan was flawed.",
			want: []string{"Water Alliance|group that has threatened to sue"},
		},
		{
			name: "an organisation called later by its first word",
			body: "Kestrel Mining Group, a Reno-based company, wants a permit.\n\nIn a letter, Kestrel said it would monitor the wells.",
			want: []string{"", "Kestrel Mining Group|Reno-based company"},
		},
		{
			name: "a first word that begins two names is no one's",
			body: "Kestrel Mining Group, a Reno-based company, wants a permit. Kestrel Bay Partners, a fund, backs it.\n\nIn a letter, Kestrel said it would monitor the wells.",
			want: []string{"", ""},
		},
		{
			name: "a description that opens with a title",
			body: "Mark Bell, chief of the Cedar Fire District, said the plan could backfire.",
			want: []string{"Mark Bell|chief of the Cedar Fire District"},
		},
		{
			name: "a legislator's title before the name",
			body: "Assemblywoman Rita Lind said she would file a bill.",
			want: []string{"Rita Lind|Assemblywoman"},
		},
		{
			name: "an unnamed source's role ends before a who-clause",
			body: "The talks failed, according to a person familiar with the talks who spoke on condition of anonymity.",
			want: []string{"|person familiar with the talks (anonymous)"},
		},
		{
			name: "the company said refers back to the organisation",
			body: "Acme Mutual Group, the state’s largest home insurer, said it would drop 900 policies.\n\n“We did not decide lightly,” the company said in a statement.",
			want: []string{"Acme Mutual Group|state’s largest home insurer", "Acme Mutual Group|state’s largest home insurer"},
		},
		{
			name: "the insurer said needs an organisation described so",
			body: "Acme Mutual Group, a Reno-based bank, said it would close.\n\n“We did not decide lightly,” the insurer said.",
			want: []string{"Acme Mutual Group|Reno-based bank", ""},
		},
		{
			name: "the company said with no organisation named so far",
			body: "“We did not decide lightly,” the company said.\n\nAcme Mutual Group, a Reno-based bank, said it would close.",
			want: []string{"", "Acme Mutual Group|Reno-based bank"},
		},
		{
			name: "an organisation that has argued",
			body: "The state proposed a $96 million bond; the Water Alliance has argued it should be higher.",
			want: []string{"Water Alliance|"},
		},
		{
			name: "a clause after an unnamed source is not part of the role",
			body: "A senior state official told Reuters that the governor’s office had asked for a delay.",
			want: []string{"|senior state official (anonymous)"},
		},
		{
			name: "a title with a plain word inside it",
			body: "Chief nursing officer Renee Whit told the Courier: “We never said no.”\n\n“Not now,” said Pentagon press secretary Jon Ames.",
			want: []string{"Renee Whit|Chief nursing officer", "Jon Ames|Pentagon press secretary"},
		},
		{
			name: "an unnamed source described by a who-clause, then referred back to",
			body: "Tom Reed, the chief executive of Acme, said profits fell.\n\nBut a hospital executive who spoke on condition of anonymity because he was not authorized to talk said the board was split. It sided with management, the executive said.",
			want: []string{"Tom Reed|chief executive of Acme", "|hospital executive (anonymous)"},
		},
		{
			name: "a body whose name ends in someone's surname is not that one",
			body: "“We are stretched,” said Ann Health, the chief executive.\n\nThe state Department of Health said it had sent inspectors.",
			want: []string{"Ann Health|chief executive", "Department of Health|"},
		},
		{
			name: "a role that starts with a possessive pronoun",
			body: "The airline will cancel flights. Its chief executive, Laura Chen, said it would cope.",
			want: []string{"Laura Chen|chief executive"},
		},
		{
			name: "who-clauses that say what a person leads or chairs",
			body: "“A fire sale,” said Amir Haddad, who leads the Green group. “No,” said Mo Reid, 71, who has lived there for years and chairs the Tenants’ Association.",
			want: []string{"Amir Haddad|leader of the Green group; Mo Reid|chair of the Tenants’ Association"},
		},
		{
			name: "a description before a name set off by commas",
			body: "The council’s cabinet member for housing, Sarah Whitlock, insisted that no tenant would lose out.",
			want: []string{"Sarah Whitlock|council’s cabinet member for housing"},
		},
		{
			name: "a paragraph that is only a quotation goes on quoting",
			body: "“We will not wait,” said Maria Gonzalez, the safety chief.\n\n“The data is enough.”\n\nThe agency said more.\n\n“Nobody knows.”",
			want: []string{"Maria Gonzalez|safety chief", "Maria Gonzalez|safety chief", "", ""},
		},
		{
			name: "an aside set off by commas is no role",
			body: "Paul Ivers, speaking to reporters on Tuesday, said the plan was dead.",
			want: []string{"Paul Ivers|"},
		},
		{
			name: "British single quotes",
			body: "‘We are ready,’ said Gemma Holt, the chief constable. ‘We don’t doubt it.’ Rock ‘n’ roll.",
			want: []string{"Gemma Holt|chief constable"},
		},
		{
			name: "an organisation cited through its document ranks after the person quoted",
			body: "Acme Mining Group, a Denver-based company, wants a permit.\n\nAccording to its permit application, Acme would employ 900 people. “This would let them sleep at home,” said Curt Maddox, a union manager.",
			want: []string{"", "Curt Maddox|union manager; Acme Mining Group|Denver-based company"},
		},
		{
			name: "a document by name, by what its owner is, and by whom",
			body: "Northwind Air, a regional airline, said it would cut routes.\n\nFuel costs doubled, according to Northwind’s annual report.\n\nAccording to the airline’s filing, it lost $3 million.\n\nFloods are rising, according to a 2023 report by the Alpine Water Institute.",
			want: []string{"Northwind Air|regional airline", "Northwind Air|regional airline", "Northwind Air|regional airline", "Alpine Water Institute|"},
		},
		{
			name: "a document nobody is known to own cites no one",
			body: "According to court records, the suit was filed in May.\n\nAccording to its website, the fund was founded in 1990.\n\nAccording to the report, costs rose.",
			want: []string{"", "", ""},
		},
		{
			name: "he refers to the unnamed source quoted last, not the named one before",
			body: "Deputy Minister Carmen Aliaga said the town missed deadlines.\n\nA local official who asked not to be named because he was not authorized to discuss the dispute said both sides shared the blame. “Nobody is moving,” he said.",
			want: []string{"Carmen Aliaga|Deputy Minister", "|local official (anonymous)"},
		},
		{
			name: "a later mention by a two-word surname is the person introduced",
			body: "Rosa Quispe Mamani, a potato farmer whose family has worked the same terraces for four generations and who lost two uncles in the flood, keeps a bag by her door.\n\nDown in the valley, Quispe Mamani says she has heard the sirens twice.",
			want: []string{"", "Rosa Quispe Mamani|potato farmer"},
		},
		{
			name: "a quotation on its own after reported speech goes on with its speaker",
			body: "Ingrid Solberg, a glaciologist, says the ice is retreating. Her greatest fear, she says, is a sudden wave.\n\n“People imagine the dam cracking like a wall.”",
			want: []string{"Ingrid Solberg|glaciologist", "Ingrid Solberg|glaciologist"},
		},
		{
			name: "words quoted after called, in passing",
			body: "“We cannot wire public money,” Carmen Aliaga told Radio Cordillera. Tomás Reyes calls that account “a convenient fiction.”\n\nTomás Reyes called a meeting for Monday.",
			want: []string{"Carmen Aliaga|; Tomás Reyes|", ""},
		},
		{
			name: "an organisation named with the, later by its last word",
			body: "A judge blocked the Port Calder Regional Transit Authority from raising fares.\n\nIn a court filing, the Authority said it had no alternative.\n\nYvette Marchbanks said the ruling was “a wake-up call” for the Authority. “They tried to skip a step,” she said.",
			want: []string{"", "Port Calder Regional Transit Authority|", "Yvette Marchbanks|"},
		},
		{
			name: "a sentence that opens with a document speaks for its subject",
			body: "The Huaylla Water Agency will decide in May.\n\nIn a technical assessment published in November, the agency recommended a spillway.\n\nIn a letter to the editor, residents complained.",
			want: []string{"", "Huaylla Water Agency|", ""},
		},
		{
			name: "an organisation's name that goes on past its head noun, then the agency",
			body: "The National Authority for Glaciers and Mountain Ecosystems, the government body responsible for monitoring lakes, wants a fix. In a technical assessment, the agency recommended a spillway.\n\nThe Port Authority and Mayor Ann Lee met on Monday. Lee said it went well.",
			want: []string{"National Authority for Glaciers and Mountain Ecosystems|government body responsible for monitoring lakes", "Ann Lee|Mayor"},
		},
		{
			name: "an organisation described before its name, which ends in a number",
			body: "The union that represents the city’s 2,400 drivers, Transit Workers Local 1187, welcomed the ruling. In a statement, the union said the cuts were wrong.",
			want: []string{"Transit Workers Local 1187|union that represents the city’s 2,400 drivers"},
		},
		{
			name: "a person described before the name is not an organisation",
			body: "The man who founded the club, Tom Reed, welcomed the ruling. In a statement, the union said the cuts were wrong.",
			want: []string{""},
		},
		{
			name: "a capitalised word is a name, not a speech verb",
			body: "Five people in the United States get sick.",
			want: []string{""},
		},
		{
			name: "an abbreviated month inside a whose-clause",
			body: "Dana Whitcomb, whose two sons, 7 and 10, have been home since Feb. 24, said the district erred.",
			want: []string{"Dana Whitcomb|"},
		},
		{
			name: "an organisation's which-clause",
			body: "The Valley Teachers Association, which represents about 700 teachers, said in a statement that it agreed.",
			want: []string{"Valley Teachers Association|representative of about 700 teachers"},
		},
		{
			name: "an unnamed source whose description ends in a name",
			body: "A person familiar with the company’s talks with the Commerce Department, who spoke on condition of anonymity, said the plan changed.\n\nAnn Lee, a lawyer at Acme, who was not there, said it did not.",
			want: []string{"|person familiar with the company’s talks with the Commerce Department (anonymous)", "Ann Lee|lawyer at Acme"},
		},
		{
			name: "according to the ORG, then the department",
			body: "The outbreak grew, according to the Harrow County Health Department.\n\nFour children were hospitalized, the department said.",
			want: []string{"Harrow County Health Department|", "Harrow County Health Department|"},
		},
		{
			name: "a report released by its owner, then the report found",
			body: "The rate was 11 percent, according to a report released in January by the State Department of Health.\n\nAt one school the rate was 19 percent, the report found.\n\nAccording to a report obtained by the Ledger, it fell. The report found more.",
			want: []string{"State Department of Health|", "State Department of Health|", ""},
		},
		{
			name: "an organisation's name with possessives, then its possessive short form",
			body: "Ann Lee, a doctor at St. Brigid’s Children’s Hospital, said it spreads.\n\nSt. Brigid’s said in a statement that it had a separate entrance.\n\nAcme’s Chief Executive Jo Park said so.",
			want: []string{"Ann Lee|doctor at St. Brigid’s Children’s Hospital", "St. Brigid’s Children’s Hospital|", "Jo Park|Chief Executive"},
		},
		{
			name: "an abbreviated title after a dateline, then the surname",
			body: "SALEM, Ore. (CPS) — Gov. Diane Whitcombe on Tuesday vetoed a bill.\n\nWhitcombe said Tuesday that she supported it.",
			want: []string{"", "Diane Whitcombe|Gov."},
		},
		{
			name: "a legislator's party and home town",
			body: "Sen. Everett Pruitt, R-Roseburg, the Senate minority leader, said his caucus would not.",
			want: []string{"Everett Pruitt|Senate minority leader"},
		},
		{
			name: "several unnamed sources referred back to",
			body: "Two legislative aides who were not authorized to speak said a vote was near.\n\nThe aides said four Republicans were open to it.\n\nThe officials said more.",
			want: []string{"|legislative aides (anonymous)", "|legislative aides (anonymous)", ""},
		},
		{
			name: "a document's owner described before its name; the sentence goes on after it",
			body: "According to a fiscal analysis by the nonpartisan Legislative Budget Office, the bill would have applied to 52 cities.\n\nThe analysis estimated more.",
			want: []string{"Legislative Budget Office|", "Legislative Budget Office|"},
		},
		{
			name: "organisations whose names go on with of",
			body: "The Oregon League of Small Cities said in a statement that it was bad.\n\nThe state Realtors association, the Oregon Association of Realtors, said the veto was wrong.\n\nThe mayor, Ann Lee, said no.",
			want: []string{"Oregon League of Small Cities|", "Oregon Association of Realtors|", "Ann Lee|mayor"},
		},
		{
			name: "figures from an organisation",
			body: "Spills rose, according to figures from the Rivers Monitoring Office.",
			want: []string{"Rivers Monitoring Office|"},
		},
		{
			name: "a which-clause makes an organisation, which the company refers to",
			body: "Derek Hall, secretary of the Angling Association, said it vanished.\n\nSevern Vale Water, which runs 21 works, said it did not agree. ‘We comply,’ the company said in a statement.",
			want: []string{"Derek Hall|secretary of the Angling Association", "Severn Vale Water|head of 21 works"},
		},
		{
			name: "a title a word or two into the description, and called for",
			body: "Sandra Okafor, policy director at the consumer group Fair Water Alliance, said bills rose.\n\nAnn Lee said it was late. Lee called for tighter limits on phosphate.",
			want: []string{"Sandra Okafor|policy director at the consumer group Fair Water Alliance", "Ann Lee|"},
		},
		{
			name: "a finding reported with that",
			body: "Police found that the car was stolen. Ann Lee found a wallet.\n\nThe Water Office was set up in 1990.\n\nThe office also found that cities could lose money.",
			want: []string{"", "", "Water Office|"},
		},
		{
			name: "a name followed by an age is a person's",
			body: "Jurors found Garrett L. Pruitt, 41, guilty.\n\nPruitt said he was sorry.",
			want: []string{"", "Garrett L. Pruitt|"},
		},
		{
			name: "a courtesy title tells whom she refers to",
			body: "Garrett Pruitt, a roofer, was tried.\n\nPriya Sandoval argued that the state failed to prove Mr. Pruitt knew it.\n\nShe noted that the road is dark.\n\nMs. Sandoval rested.",
			want: []string{"", "Priya Sandoval|", "Priya Sandoval|", ""},
		},
		{
			name: "a name inside a whose-clause",
			body: "Priya Raman, whose firm, Halvern Advisory Group, advised the city, said its analysis was sound.",
			want: []string{"Priya Raman|"},
		},
		{
			name: "the person said, after an unnamed person",
			body: "A person involved in the negotiations, who spoke on condition of anonymity, said the city pushed.\n\n“It was the hardest point,” the person said.",
			want: []string{"|person involved in the negotiations (anonymous)", "|person involved in the negotiations (anonymous)"},
		},
		{
			name: "posted on social media that, and urged",
			body: "Marcus Adeyemi said no.\n\nAfter the meeting, Adeyemi posted on social media that the plan was “a blank check.”\n\nAdeyemi urged residents to attend.",
			want: []string{"Marcus Adeyemi|", "Marcus Adeyemi|", "Marcus Adeyemi|"},
		},
		{
			name: "a name mentioned in passing, then with a courtesy title",
			body: "Among the fans was Walter Duszynski. “I want them to stay,” said Mr. Duszynski, 61, a retired machinist.",
			want: []string{"Walter Duszynski|retired machinist"},
		},
		{
			name: "an ampersand inside an organisation's name",
			body: "North Summit Power & Light, which serves 190,000 customers, said in a post that it had an outage.",
			want: []string{"North Summit Power & Light|"},
		},
		{
			name: "a service named, then the weather service said",
			body: "The fire grew, according to the Regional Weather Service.\n\nThe weather service said in an advisory that winds would rise.",
			want: []string{"Regional Weather Service|", "Regional Weather Service|"},
		},
		{
			name: "an unnamed firefighter",
			body: "A firefighter who was not authorized to speak to the media said crews had pulled back.",
			want: []string{"|firefighter (anonymous)"},
		},
		{
			name: "they said, after two people who open the sentence",
			body: "Marjorie Thibodeaux, 67, said she was leaving.\n\nDale Prewitt, 52, said he had hosed his roof.\n\nMr. Prewitt and Ms. Thibodeaux planned to stay with relatives, they said.",
			want: []string{"Marjorie Thibodeaux|", "Dale Prewitt|", "Dale Prewitt|; Marjorie Thibodeaux|"},
		},
		{
			name: "some residents speak for a group",
			body: "Some residents said they learned of the orders late.",
			want: []string{""},
		},
		{
			name: "the company is no university",
			body: "Meridian Dairy Group, based in Kansas City, buys milk, according to Hollis Tramwell, an economist at Northern Prairie State University.\n\nThe company says in a statement that its contracts are fair.",
			want: []string{"Hollis Tramwell|economist at Northern Prairie State University", "Meridian Dairy Group|"},
		},
		{
			name: "a name mentioned in passing, then quoted by surname",
			body: "At six the trucks come in, and Delphine Achterberg is on the dock.\n\n“Cheese is plumbing,” Achterberg says.",
			want: []string{"", "Delphine Achterberg|"},
		},
		{
			name: "the pronoun that referred to someone tells whom a later one cannot",
			body: "Delphine Achterberg, the manager, said no. She recalls the winter.\n\nRuben Szalai, her deputy, said yes. He admits he expected less. “Consultants come in,” he says.\n\nWhen I visited, she told me the cheese was a fluke.",
			want: []string{"Delphine Achterberg|manager", "Ruben Szalai|deputy", "Delphine Achterberg|manager"},
		},
		{
			name: "as one board member put it, and a colon after a name set off by commas",
			body: "As one board member put it, “She is the smartest person in any room.”\n\nRuben Szalai said it was late.\n\nHer longtime deputy, Ruben Szalai, puts it more bluntly: “We were broke.”",
			want: []string{"|board member (anonymous)", "Ruben Szalai|longtime deputy", "Ruben Szalai|longtime deputy"},
		},
		{
			name: "main speaker is the most attributed",
			body: "Joe Bell of Acme said it failed. “It did,” said Sue Kay of Beta. Kay said more. “Yes,” Kay added.",
			want: []string{"Sue Kay|Beta; Joe Bell|Acme"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Document{ID: "t", Meta: Meta{Author: tt.author}, Body: tt.body}
			ps := SplitPassages(doc)
			Attribute(doc, ps)
			var got []string
			for _, p := range ps {
				var names []string
				for _, s := range p.Speakers {
					label := s.Name + "|" + s.Role
					if s.Anonymous {
						label += " (anonymous)"
					}
					names = append(names, label)
				}
				got = append(got, strings.Join(names, "; "))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func FuzzAttribute(f *testing.F) {
	for _, seed := range []string{
		"“It is late,” said Ana Ruiz of the Water Council.\n\nRuiz added: “Very.”",
		"He added: “x”\n\n“open quote\n\n“next",
		"a senior aide told, said , according to",
		"Tom Lee, a, told", "“”“”", "said said said", ", said A B C D E F G H I J K L",
		"Tom Reed, the chief executive, said so.\n\nAn executive who spoke on condition of anonymity said no. The executive said it again.",
		"Chief nursing officer Renee Whit told the Courier: “No.” Lee, a nurse who represents the ward and serves as a steward, said.",
		"in Port Ellison, the start. The state Department of Health said. who said",
		"Acme Mining Group, a Reno-based firm, said.\n\nAcme said. The company said. The Water Alliance has argued. Assemblywoman Rita Lind said, according to a person familiar with it who spoke. Ed Bo, chief of the Fire District, said.",
		"SALEM, Ore. (CPS) — Gov. Ann Lee, 41, vetoed it. Rep. Tom Arkwright, D-Eugene, the sponsor, called for more. The aides said. The governor’s office said. Priya Raman, whose firm, Acme Group, advised, said. Among them was Walter Duszynski. said Mr. Duszynski, 61, a machinist. She noted that Mr. Arkwright knew. the person said. posted on social media that. according to figures from the Rivers Office. by the nonpartisan Budget Office, the bill would.",
		"The union that represents 2,400 drivers, Transit Workers Local 1187, said. St. Brigid’s Children’s Hospital. St. Brigid’s said. according to a report released in May by the State Department of Health. The report found. A person familiar with the Commerce Department, who spoke, said. Five people in the United States. since Feb. 24, said",
		"Sen. Ann Lee (D-Ore.) said. The Office (OCHA) said. Ocha’s report, published, found. Elin (Berg) Lee, who said it, left ( ) (. Councilmembers Al Bo, Cy Do and Ed Fo voted, saying no. One of them said. Its president, Al Bo, said. The Food and Drug Administration said.",
		"the Port Calder Transit Authority fell.\n\nAccording to its report, the Authority said. according to a report by the. In a report, the agency warned. In a. according to Acme’s\n\nA local official who asked not to be named said so, he said. Lee calls it “x”\n\n“y”",
		"Meridian [said in a statement](https://x.y/z) that [“it](u) is” over. [a](b)(c)] [[x]](y) ](\n\nFP: Why?\n\nVRENHOLM: Because.\n\nFP: And?\n\nLEE: No.\n\nmore.",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, body string) {
		doc := Document{ID: "f", Body: body}
		ps := SplitPassages(doc)
		people := Attribute(doc, ps)
		for _, p := range ps {
			if doc.Body[p.Start:p.End] != p.Text {
				t.Fatalf("passage %s is not verbatim", p.ID)
			}
			for _, s := range p.Speakers {
				if s.Label() == "" {
					t.Fatalf("speaker with no name or role in %s", p.ID)
				}
				if s.Name != "" {
					// In any case: a transcript's "VRENHOLM:" names Vrenholm.
					last := strings.Fields(s.Name)
					if !strings.Contains(strings.ToLower(body), strings.ToLower(last[len(last)-1])) {
						t.Fatalf("speaker %q is not in the text", s.Name)
					}
				}
			}
		}
		for _, person := range people {
			if strings.TrimSpace(person.Name) == "" {
				t.Fatal("person with an empty name")
			}
		}
	})
}

// TestPersonRoles checks every role a person is given, not only the one shown.
func TestPersonRoles(t *testing.T) {
	tests := []struct {
		name string
		body string
		want string // "Name|role; role" per person, joined by "\n"
	}{
		{
			name: "a later surname-only mention with a description adds a role",
			body: "“It is late,” said Ana Ruiz of the Water Council.\n\nRuiz, a hydrologist who spent a decade at the Geological Survey, led a study.",
			want: "Ana Ruiz|Water Council; hydrologist who spent a decade at the Geological Survey",
		},
		{
			name: "a description too long to take whole that joins two with and",
			body: "“It surprised us,” said Dr. Helen Marchetti, a pediatric sleep researcher at the University of Wisconsin School of Medicine and Public Health and the study’s lead author.",
			want: "Helen Marchetti|pediatric sleep researcher at the University of Wisconsin School of Medicine and Public Health; study’s lead author",
		},
		{
			name: "a name inside a longer organisation's name is nobody",
			body: "She studies sleep at the University of Wisconsin School of Medicine and Public Health.\n\n“It is late,” said Ana Ruiz of the Water Council.",
			want: "Ana Ruiz|Water Council",
		},
		{
			name: "a who-clause can give more than one role",
			body: "“Not like this,” said Mark Hale, who represents the south side and has emerged as the plan’s loudest critic.",
			want: "Mark Hale|representative of the south side; the plan’s loudest critic",
		},
		{
			name: "an as that says when is not a role",
			body: "“Not like this,” said Mark Hale, who worked as a consultant to the city as recently as 2019.",
			want: "Mark Hale|consultant",
		},
		{
			name: "a surname mention without commas adds nothing",
			body: "“It is late,” said Ana Ruiz of the Water Council.\n\nRuiz of the council said it again.",
			want: "Ana Ruiz|Water Council",
		},
		{
			name: "a capitalized word that is nobody's surname is not described",
			body: "“It is late,” said Ana Ruiz of the Water Council.\n\nTucson, a desert city, has grown fast.",
			want: "Ana Ruiz|Water Council",
		},
		{
			name: "a place with a description is not a person",
			body: "Picket lines formed in Port Ellison, the start of a five-day strike.\n\n“It is late,” said Ana Ruiz of the Water Council.",
			want: "Ana Ruiz|Water Council",
		},
		{
			name: "a place with a which-clause is not a person",
			body: "They pushed for a bike lane on Quarry Road, which has been the site of crashes.\n\n“It is late,” said Ana Ruiz of the Water Council.",
			want: "Ana Ruiz|Water Council",
		},
		{
			name: "an age before a home town is not a role",
			body: "Kyle Andersen, 34, of Riverton, said he came upon the scene.",
			want: "Kyle Andersen|of Riverton",
		},
		{
			name: "a description before anyone of that surname is introduced is not kept",
			body: "Ruiz, a farmer, has grown fast.\n\n“It is late,” said Ana Ruiz of the Water Council.",
			want: "Ana Ruiz|Water Council",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Document{ID: "t", Body: tt.body}
			var got []string
			for _, p := range Attribute(doc, SplitPassages(doc)) {
				got = append(got, p.Name+"|"+strings.Join(p.Roles, "; "))
			}
			if strings.Join(got, "\n") != tt.want {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), tt.want)
			}
		})
	}
}

func TestNamesake(t *testing.T) {
	roles := map[string][]string{
		"Zhang Wei":   {"Huaxin’s chief financial officer"},
		"Zhang Lihua": {"analyst at Shanghai-based Dongfang Hengtai Securities"},
	}
	tests := []struct {
		name      string
		title     string
		described []string
		want      string
	}{
		{"the description fits one", "Ms.", []string{"the Shanghai analyst"}, "Zhang Lihua"},
		{"the other description fits the other", "Mr.", []string{"the finance chief"}, "Zhang Wei"},
		{"no description keeps the name read", "Ms.", nil, "Zhang Wei"},
		{"a description that fits neither keeps it", "Ms.", []string{"the company’s founder"}, "Zhang Wei"},
		{"a title alone does not decide", "Mrs.", []string{"a longtime resident"}, "Zhang Wei"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := newAttributor(nil)
			for _, n := range []string{"Zhang Wei", "Zhang Lihua"} {
				a.addPerson(n)
				a.roles[n] = roles[n]
			}
			title := []token{{text: tt.title, kind: wordToken}}
			if got := a.namesake(token{text: "Zhang", kind: wordToken}, title, tt.described, "Zhang Wei"); got != tt.want {
				t.Errorf("namesake = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSingularNoun checks the plurals a description names a kind of body or person by.
func TestSingularNoun(t *testing.T) {
	tests := []struct{ plural, want string }{
		{"companies", "company"},
		{"groups", "group"},
		{"families", "family"},
		{"relatives", "relative"},
		{"witness", ""},
		{"group", ""},
	}
	for _, tc := range tests {
		if got := singularNoun(tc.plural); got != tc.want {
			t.Errorf("singularNoun(%q) = %q, want %q", tc.plural, got, tc.want)
		}
	}
}
