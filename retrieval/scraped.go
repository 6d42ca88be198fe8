package retrieval

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// A page saved as text carries its metadata in the text: after the title, a dek, a byline
// ("By NAME, ROLE", the name sometimes lost) and the photo caption with its credit; after
// the body, "NAME contributed reporting." and the author's bio ("NAME is a ROLE at
// PUBLICATION."). splitScraped finds them, so that they describe the article instead of
// being answered as passages. It only takes what newsroom conventions mark plainly: the
// dek and the bio are recognised only around a byline, since without one a lede or a last
// paragraph about someone would look the same.

// scrapedHeaderParagraphs is how far into the text a byline is looked for: the dek, or a
// caption, may come first.
const scrapedHeaderParagraphs = 4

// maxMetaLineLen is the longest line taken for a byline, caption or bio; body paragraphs
// are longer.
const maxMetaLineLen = 300

var (
	contributedLine = regexp.MustCompile(`^(.+?) contributed (?:reporting|to this (?:report|story|article))(?: from [^.]+)?\.$`)
	// bioLine is "NAME is a ROLE at PUBLICATION." or "NAME covers BEAT for PUBLICATION."
	// (reports on, writes about): the role is the first form's, the publication either's.
	// A link to the author's page may follow: "… for The Times. More about Ann Lee".
	bioLine = regexp.MustCompile(`^(` + bioName + `) (?:is ((?:a|an|the) [^.]+)|((?:covers|reports on|writes about|writes on|edits) [^.]+))\.(?:\s+(?:Twitter|X|Email|Bluesky):\s*\S+|\s+More about ` + bioName + `)?$`)
	// creditFor is a photo credit that names the publication the photographer shot for:
	// "Credit...Ann Lee for The New York Times".
	creditFor = regexp.MustCompile(`^Credit(?:\.\.\.|…) ?` + bioName + ` for ((?:The )?\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,4})$`)
	// pluralBioLine is "NAME and NAME are ROLES for PUBLICATION.", the bio of a byline
	// with two names.
	pluralBioLine = regexp.MustCompile(`^(` + bioName + ` and ` + bioName + `) are ([^.]+)\.$`)
	// creditsLine is a wire service's closing line: "Reporting by Ann Lee in Lagos; Additional
	// reporting by Bob Roe; Editing by Cy Poe". Reporters are contributors; editors are not.
	creditsLine = regexp.MustCompile(`^(?:Additional )?[Rr]eporting by ` + creditNames + `(?:;\s*(?:(?:Additional )?[Rr]eporting|Writing|Editing|Compiled) by ` + creditNames + `)*\.?$`)
	// assistanceLine is Bloomberg's closing line: "— With assistance from Ann Lee and Bob
	// Roe". Its names are contributors.
	assistanceLine = regexp.MustCompile(`^[—–-]+\s*With assistance from (` + creditNames + `)\.?$`)
	// reporterCredit is one "Reporting by NAMES" part of a credits line.
	reporterCredit = regexp.MustCompile(`(?:Additional )?[Rr]eporting by (` + creditNames + `)`)
	contactLine    = regexp.MustCompile(`^(?:Twitter|X|Email|Bluesky):\s*\S+$`)
	// agencyWriters opens a wire's contributor line: "Associated Press writers …".
	agencyWriters = regexp.MustCompile(`^(?:The )?(?:\p{Lu}[\p{L}.]*\s){1,3}(?:writers?|reporters?|correspondents?)\s`)
	// datedLine is the date under a byline: "Published March 4, 2026, 9:02 a.m. ET",
	// "Updated June 3", "June 3, 2025, 4:12 PM".
	datedLine = regexp.MustCompile(`^(?:(?:Published|Updated|Posted)\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d)`)
	// bylineRole is a reporter's title, on the line under a byline or after the name:
	// "Staff Writer", "Political correspondent".
	bylineRole = regexp.MustCompile(`(?i)\b(?:writer|reporter|correspondent|editor|columnist|critic)s?$`)
	// namedRoleByline is a byline of a name and a title with no "By" or comma, as British
	// papers set it: "Helen Ashworth Political correspondent".
	namedRoleByline = regexp.MustCompile(`^(` + bioName + `) (\p{Lu}[\p{L}-]* (?:writer|reporter|correspondent|editor|columnist|critic))$`)
	// publisherLine is an agency's name on the line under a byline: "Associated Press".
	publisherLine = regexp.MustCompile(`^(?:The )?\p{Lu}[\p{L}&.’'-]*(?: \p{Lu}[\p{L}&.’'-]*){0,3}$`)
	// secondAuthor is a second name and role in a byline's role: "…, and Bo Ray, a
	// senior editor at Foreign Policy".
	secondAuthor = regexp.MustCompile(`^(.+?), and (` + bioName + `), .+$`)
	// newsletterLine closes a newsletter's post with the newsletter's name.
	newsletterLine = regexp.MustCompile(`(?m)^Thanks for reading ([^!\n]{1,80})! Subscribe`)
	// flyTitle is a short label and a dateline or section on one line, split by a bar:
	// "Harbour sale | Dateline DRAVSK".
	flyTitle = regexp.MustCompile(`^[^|\n]{1,40} \| [^|\n]{1,60}$`)
	// updateLine is an editor's note after the body: "Update, March 4, 2026, 3:15 p.m. ET:
	// This story has been updated …", "Correction: …".
	updateLine = regexp.MustCompile(`^(?:Update|Updated|Correction|Clarification|Editor[’']s [Nn]ote)\b.{0,60}?:\s`)
	// reachLine is a closing line with a reporter's address: "Ann Lee can be reached at
	// alee@example.com." or "Contact Ann Lee at 555-0100."
	reachLine = regexp.MustCompile(`^(?:(` + bioName + `) can be reached at|(?:Contact|Reach|Email) (` + bioName + `) at) (?:\S+@\S+?|[\d()+. -]{7,}?)\.?$`)
	// A press release closes with a contact block ("Media Contact:", a name, an address,
	// a telephone number) and "SOURCE ORGANISATION", which names who issued it.
	contactHeading = regexp.MustCompile(`^(?:Media |Press )?[Cc]ontacts?:$`)
	emailLine      = regexp.MustCompile(`^\S+@\S+\.\S+$`)
	phoneLine      = regexp.MustCompile(`^\+?[\d(][\d ().-]{6,}\d$`)
	sourceLine     = regexp.MustCompile(`^SOURCE (\p{Lu}.+)$`)
	bareNameLine   = regexp.MustCompile(`^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}$`)
	// photoCredit ends a caption line: "NAME/AGENCY", "Getty Images", "(AP Photo/NAME)",
	// "Photo: NAME", "NAME/PUBLICATION". A sentence that merely ends in "told Reuters" is no
	// credit.
	photoCredit = regexp.MustCompile(`(?:/(?:AFP|AP|Reuters|Bloomberg|EPA|Shutterstock|Getty Images)|Getty Images|\(?AP Photo/[^)]*\)?|\bPhoto(?:graph)?(?: by|:) [^.]*|` +
		// "Desmond Hale/The Port Ellison Courier"
		`\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+/(?:The )?\p{Lu}[\p{L}.&'’-]*(?: (?:\p{Lu}[\p{L}.&'’-]*|of|and|for))*)$`)
)

// datelineAgency is a wire story's dateline, which names the agency that publishes it:
// "SALEM, Ore. (CPS) —", "LISVANE, Montreval (Meridian Wire) —", and a press release's,
// which names the newswire: "MILLBROOK, Vt., March 3, 2026 /PRNewswire/ --".
var datelineAgency = regexp.MustCompile(`^\p{Lu}[\p{Lu} .'’-]+(?:, [\p{L}. ]+)?(?:, [\p{L}\d ,]+)? (?:\(([\p{Lu}][\p{L} .&]{1,40})\)|/([\p{Lu}][\p{L} .&]{1,40})/) [—–-]`)

// bioName is a name in a bio line: two to four capitalised words.
const bioName = `(?:\p{Lu}[\p{L}.'’-]*\s){1,3}\p{Lu}[\p{L}'’-]*`

// placeByline is a byline as British papers set it, the reporter and where they filed
// from, with no "By": "Helen Ashworth in Chhotapara", "Ann Lee and Bob Roe in Lagos".
var placeByline = regexp.MustCompile(`^(` + bioName + `(?: and ` + bioName + `)?) in \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}$`)

// creditNames is the names in a credits line, with where they reported from: capitalised
// words joined by commas, "and" and "in" ("Ann Lee and Bob Roe in Lagos").
const creditNames = `\p{Lu}[\p{L}.'’-]*(?:,? (?:and |in )?\p{Lu}[\p{L}.'’-]*)*`

// scrapedText is a scraped article split into its metadata and its body.
type scrapedText struct {
	meta       Meta
	body       string
	bodyOffset int // where body starts in the text it was split from
}

// splitScraped splits the text after a title line. The body it returns is a substring of
// text, from the first body paragraph to the last.
func splitScraped(text string) scrapedText {
	paras := Paragraphs(text)
	var out scrapedText
	first, last := 0, len(paras) // body paragraphs: paras[first:last]
	byline := -1
	for i := 0; i < len(paras) && i < scrapedHeaderParagraphs; i++ {
		name, role, ok := parseByline(firstLine(paras[i].Text))
		lines := strings.Split(paras[i].Text, "\n")
		if !ok && len(lines) > 1 && bareNameLine.MatchString(cleanMeta(lines[0])) && datedLine.MatchString(cleanMeta(lines[1])) {
			name, ok = cleanMeta(lines[0]), true // "Marisol Okafor-Lind" over "Published March 4, 2026"
		}
		if !ok && len(lines) > 1 && bareNameLine.MatchString(cleanMeta(lines[0])) {
			// "Nadia Ferreira-Holt" over "BBC News, Dunavi": the publication and where.
			if pub, place, found := strings.Cut(cleanMeta(lines[1]), ", "); found && publisherLine.MatchString(pub) && publisherLine.MatchString(place) {
				name, ok = cleanMeta(lines[0]), true
				out.meta.Publication = pub
			}
		}
		if ok {
			byline = i
			out.meta.Author, out.meta.AuthorRole = name, role
			if publisherLine.MatchString(role) && !bylineRole.MatchString(role) {
				out.meta.Publication, out.meta.AuthorRole = role, "" // "By Ann Lee, CNN"
			}
			if len(lines) > 1 && publisherLine.MatchString(cleanMeta(lines[1])) {
				if second := cleanMeta(lines[1]); bylineRole.MatchString(second) {
					if out.meta.AuthorRole == "" {
						out.meta.AuthorRole = second // "By Ann Lee\nStaff Writer"
					}
				} else {
					out.meta.Publication = second // "By Ann Lee\nAssociated Press"
				}
			}
			break
		}
	}
	if byline < 0 {
		// "Harbour sale | Dateline DRAVSK": The Economist's fly-title, under the rubric,
		// stands where a byline would.
		for i := 0; i < len(paras) && i < scrapedHeaderParagraphs; i++ {
			if flyTitle.MatchString(paras[i].Text) {
				byline = i
				break
			}
		}
	}
	if byline >= 0 {
		var dek []string
		for _, p := range paras[:byline] {
			dek = append(dek, cleanMeta(p.Text))
		}
		out.meta.Dek = strings.Join(dek, " ")
		first = byline + 1
	}
	// Captions: a short line and the same line with its credit, or a line ending in a
	// photo credit, in a paragraph of their own at the top.
	for first < last && (isCaptionParagraph(paras[first].Text) || first+1 < last && captionRepeatedBelow(paras[first].Text, paras[first+1].Text) ||
		byline >= 0 && updateLine.MatchString(cleanMeta(paras[first].Text))) {
		first++ // and an editor's note over the body: "Editor’s note: This article was updated …"
	}
	bios := closingBios{namesLost: byline >= 0 && out.meta.Author == ""}
	// Closing lines, last first; a paragraph may hold several ("X contributed
	// reporting." on the line above the bio). A paragraph is taken whole or not at all.
	for last > first {
		meta, read := out.meta, bios
		if !readClosingLines(paras[last-1].Text, byline >= 0, &meta, &read) {
			break
		}
		out.meta, bios = meta, read
		last--
	}
	// The last body paragraph may end in closing lines that no blank line sets apart
	// ("… the first move.\nNadia Forsberg contributed reporting."): the body ends before them.
	end := 0
	if first < last {
		end = paras[last-1].End
		lines := strings.Split(paras[last-1].Text, "\n")
		for n := len(lines) - 1; n > 0; n-- {
			// Only a contributor or credits line: a wrapped last line of text may look
			// like a bio ("Ann Lee is a lawyer at Acme.").
			line := cleanMeta(lines[n])
			meta, read := out.meta, bios
			if !contributedLine.MatchString(line) && !creditsLine.MatchString(line) || !readClosingLines(lines[n], byline >= 0, &meta, &read) {
				break
			}
			out.meta, bios = meta, read
			end = paras[last-1].Start + len(strings.Join(lines[:n], "\n"))
		}
	}
	if bios.role != "" {
		out.meta.AuthorRole = bios.role
	}
	if pub := publicationOf(out.meta.AuthorRole); pub != "" {
		out.meta.Publication = pub // a role's publication over a beat's
	}
	if first < last && out.meta.Publication == "" {
		// "Thanks for reading The Back Channel! Subscribe for free …": a newsletter names
		// itself under the post (furniture, not a paragraph: see furnitureFrom).
		if m := newsletterLine.FindStringSubmatch(text[paras[last-1].End:]); m != nil {
			out.meta.Publication = m[1]
		}
	}
	if first < last {
		// The photo credits above the body (not paragraphs: see furnitureFrom).
		for _, line := range strings.Split(text[:paras[first].Start], "\n") {
			if m := creditFor.FindStringSubmatch(cleanMeta(line)); m != nil && longerName(m[1], out.meta.Publication) {
				out.meta.Publication = m[1] // "The New York Times" over a bio's "The Times"
			}
		}
	}
	if first < last {
		out.bodyOffset = paras[first].Start
		out.body = text[paras[first].Start:end]
		if m := datelineAgency.FindStringSubmatch(paras[first].Text); m != nil && out.meta.Publication == "" {
			out.meta.Publication = m[1] + m[2] // "LISVANE, Montreval (Meridian Wire) — …", "…, 2026 /PRNewswire/ --"
		}
	}
	return out
}

// wireTitlePrefix is a wire service's note before a syndicated headline: "UPDATE 2-",
// "EXCLUSIVE-", "RPT-".
var wireTitlePrefix = regexp.MustCompile(`^(?:UPDATE \d+|RPT|REFILE|CORRECTED|EXCLUSIVE|ANALYSIS|FACTBOX|INSIGHT|WRAPUP(?: \d+)?)-`)

// cleanTitle takes off what a saved page adds to its headline: a wire's note before it,
// and the publication's name after it, as a browser's tab shows it ("… – Foreign Policy").
func cleanTitle(title, publication string) string {
	title = wireTitlePrefix.ReplaceAllString(title, "")
	if publication != "" {
		for _, sep := range []string{" – ", " | ", " - ", " — "} {
			if t, ok := strings.CutSuffix(title, sep+publication); ok && t != "" {
				return t
			}
		}
	}
	return title
}

// sectionLabels are the labels a page saved as text may carry above its title: the kind
// of piece or the section it ran in.
var sectionLabels = wordSet(`Report Analysis Argument Dispatch Explainer Review Opinion Essay Commentary
	Interview Feature News Exclusive Investigation Profile Obituary Editorial Column World Politics
	Business Science Technology Sports Culture`)

// afterSectionLabel reads a first line that is only a section label ("Report") or web-page
// furniture ("Democracy Dies in Darkness") set apart from the title under it, and returns
// the title and the text after it.
func afterSectionLabel(first, rest string) (title, after string, ok bool) {
	label := strings.TrimSpace(first)
	if !sectionLabels[label] && !furnitureLine.MatchString(label) || !strings.HasPrefix(rest, "\n") {
		return "", "", false
	}
	title, after, _ = strings.Cut(strings.TrimLeft(rest, "\n"), "\n")
	if strings.TrimSpace(title) == "" || !strings.HasPrefix(after, "\n") {
		return "", "", false // the title stands alone, a blank line under it
	}
	return title, after, true
}

// closingBios is what the bios after the body said: the role of the first, and how many
// authors they named. A byline whose names were lost ("By , a reporter at Foreign
// Policy.") may have one bio per author.
type closingBios struct {
	namesLost bool
	role      string
	authors   int
}

// readClosingLines reads a paragraph after the body whose every line is a contributor
// line, a bio (only when the page has a byline) or a contact line, into meta and bios.
// It reports false, leaving what it changed for the caller to discard, when a line is
// none of these.
func readClosingLines(paragraph string, hasByline bool, meta *Meta, bios *closingBios) bool {
	lines := strings.Split(paragraph, "\n")
	contactBlock := contactHeading.MatchString(cleanMeta(lines[0]))
	for i := len(lines) - 1; i >= 0; i-- {
		p := cleanMeta(lines[i])
		switch {
		case contactBlock && (contactHeading.MatchString(p) || emailLine.MatchString(p) || phoneLine.MatchString(p) || bareNameLine.MatchString(p)):
		case sourceLine.MatchString(p):
			if meta.Author == "" {
				meta.Author = sourceLine.FindStringSubmatch(p)[1] // "SOURCE Green Valley Health"
			}
		case p == "":
		case len(p) > maxMetaLineLen:
			return false
		case contributedLine.MatchString(p):
			m := contributedLine.FindStringSubmatch(p)
			var names []string
			for _, n := range splitNames(strings.TrimPrefix(agencyWriters.ReplaceAllString(m[1], ""), " ")) {
				names = append(names, withoutPlace(n)) // "Associated Press writers Ann Lee in Salem"
			}
			meta.Contributors = append(names, meta.Contributors...)
		case pluralBioLine.MatchString(p) && hasByline && publicationOf(pluralBioLine.FindStringSubmatch(p)[2]) != "":
			m := pluralBioLine.FindStringSubmatch(p)
			if meta.Author != "" && !strings.EqualFold(meta.Author, m[1]) {
				return false
			}
			meta.Author, bios.role = m[1], m[2] // the bio's spelling over an all-capitals byline's
		case bioLine.MatchString(p) && hasByline:
			m := bioLine.FindStringSubmatch(p)
			switch {
			case meta.Author == "" || strings.EqualFold(meta.Author, m[1]):
				meta.Author = m[1]
			case slices.ContainsFunc(splitNames(meta.Author), func(n string) bool { return strings.EqualFold(n, m[1]) }):
				// One bio for each author of a byline with several names.
			case bios.namesLost && bios.authors > 0:
				// Two bios for a byline whose names were lost, read last first: the
				// authors in the bios' order.
				meta.Author = m[1] + " and " + meta.Author
			default:
				return false
			}
			bios.authors++
			// The bio's role is a sentence ("a reporter at The Daily Paper"); a byline's is
			// often a bare title ("Transportation Correspondent"). A beat ("covers energy
			// for The Ledger") is no role, but names the publication. A co-author's role is
			// not the first author's, but names the publication too.
			coAuthor := !strings.EqualFold(splitNames(meta.Author)[0], m[1])
			switch {
			case coAuthor:
				if meta.Publication == "" {
					meta.Publication = publicationOf(m[2] + m[3])
				}
			case m[2] != "":
				bios.role = m[2]
			case publicationOf(m[3]) != "":
				meta.Publication = publicationOf(m[3])
			}
		case assistanceLine.MatchString(p):
			meta.Contributors = append(splitNames(assistanceLine.FindStringSubmatch(p)[1]), meta.Contributors...)
		case creditsLine.MatchString(withoutParentheses(p)):
			p = withoutParentheses(p) // "(Reporting by …; Editing by …)"
			var reporters []string
			for _, m := range reporterCredit.FindAllStringSubmatch(p, -1) {
				reporters = append(reporters, splitNames(withoutPlace(m[1]))...)
			}
			meta.Contributors = append(reporters, meta.Contributors...)
		case contactLine.MatchString(p), reachLine.MatchString(p) && hasByline, updateLine.MatchString(p):
		default:
			return false
		}
	}
	return true
}

// withoutParentheses takes off the parentheses a line is set in: "(Reporting by …)".
func withoutParentheses(line string) string {
	return strings.TrimSuffix(strings.TrimPrefix(line, "("), ")")
}

// parseByline reads "By NAME, ROLE." ("By , ROLE." when the name was lost; "By NAME"
// alone; "NAME in PLACE"). ok is false for a line that is not a byline, such as "By the time it ended…".
func parseByline(line string) (name, role string, ok bool) {
	if m := placeByline.FindStringSubmatch(cleanMeta(line)); m != nil {
		return m[1], "", true // "Helen Ashworth in Chhotapara"
	}
	if m := namedRoleByline.FindStringSubmatch(cleanMeta(line)); m != nil {
		return m[1], m[2], true // "Helen Ashworth Political correspondent"
	}
	rest, found := strings.CutPrefix(cleanMeta(line), "By ")
	if !found || len(line) > maxMetaLineLen {
		return "", "", false
	}
	sep := ","
	if strings.Contains(rest, " | ") && !strings.Contains(rest, ",") {
		sep = " | " // "By Miriam Okafor-Deane | Columnist"
	}
	if strings.Contains(rest, " · ") {
		sep = " · " // "By Harriet Okonkwo · March 4, 2026"
	}
	name, role, _ = strings.Cut(rest, sep)
	name, role = strings.TrimSpace(name), strings.TrimSuffix(strings.TrimSpace(role), ".")
	if datedLine.MatchString(role) {
		role = "" // a date, not a role
	}
	if m := secondAuthor.FindStringSubmatch(role); m != nil {
		// "By Ann Lee, a reporter at Foreign Policy, and Bo Ray, a senior editor at …"
		role, name = m[1], name+" and "+m[2]
	}
	if strings.Contains(name, " in ") {
		// "By Chen Yuting in Shanghai and Kim Min-seo in Seoul": where each filed from.
		var names []string
		for _, n := range splitNames(name) {
			names = append(names, withoutPlace(n))
		}
		name = strings.Join(names, " and ")
	}
	for _, w := range strings.Fields(name) {
		if !nameParticles[w] && w != "and" && !unicode.IsUpper([]rune(w)[0]) {
			return "", "", false
		}
	}
	if name == "" && role == "" {
		return "", "", false
	}
	return properCase(name), role, true
}

// properCase writes a name set in capitals as names are written ("MARISSA OKAFOR and
// DANIEL PRUETT" → "Marissa Okafor and Daniel Pruett", "O’NEIL" → "O’Neil"); a name with
// any lower-case letter but "and" is left as it is.
func properCase(name string) string {
	for _, w := range strings.Fields(name) {
		if w != "and" && strings.ToUpper(w) != w {
			return name
		}
	}
	var b strings.Builder
	start := true
	for _, r := range name {
		switch {
		case !unicode.IsLetter(r):
			b.WriteRune(r)
			start = r == ' ' || r == '-' || r == '\'' || r == '’'
			continue
		case start:
			b.WriteRune(unicode.ToUpper(r))
		default:
			b.WriteRune(unicode.ToLower(r))
		}
		start = false
	}
	return strings.ReplaceAll(b.String(), " And ", " and ")
}

// isCaptionParagraph reports whether every line of a paragraph is a photo caption: a line
// repeated at the start of the next one (the caption, then the caption and its credit), or
// a line ending in a photo credit.
func isCaptionParagraph(p string) bool {
	lines := strings.Split(p, "\n")
	for i, l := range lines {
		l = cleanMeta(l)
		repeated := i+1 < len(lines) && l != "" && strings.HasPrefix(cleanMeta(lines[i+1]), l)
		if len(l) > maxMetaLineLen || !repeated && !photoCredit.MatchString(l) {
			return false
		}
	}
	return true
}

// captionRepeatedBelow reports a caption in a paragraph of its own that the next paragraph
// repeats with its photo credit, as some scrapers save them: a blank line between the two.
func captionRepeatedBelow(p, next string) bool {
	p = cleanMeta(p)
	return p != "" && len(p) <= maxMetaLineLen && !strings.Contains(p, "\n") &&
		strings.HasPrefix(cleanMeta(next), p) && isCaptionParagraph(next)
}

// publicationOf takes the publication from a role such as "a senior correspondent at
// Foreign Policy": the capitalised words after its last " at " or " for ".
func publicationOf(role string) string {
	// The first place named is the publication: "a columnist at Foreign Policy and a senior
	// fellow at the Aldwick Center" writes for Foreign Policy.
	for _, part := range strings.Split(role, " and ") {
		for _, prep := range []string{" at ", " for "} {
			i := strings.Index(part, prep)
			if i < 0 {
				continue
			}
			pub := strings.TrimRight(strings.TrimPrefix(part[i+len(prep):], "the "), ",;")
			if pub != "" && capitalisedName(pub) && !employerName(pub) {
				return pub
			}
		}
	}
	return ""
}

// longerName reports whether full names what short does, or more of it: "The New York
// Times" is a longer "The Times", and anything is longer than "".
func longerName(full, short string) bool {
	if short == "" {
		return true
	}
	fullWords, shortWords := strings.Fields(full), strings.Fields(short)
	return len(fullWords) > len(shortWords) && fullWords[len(fullWords)-1] == shortWords[len(shortWords)-1]
}

// employerName reports a name that says it is a university or a think tank rather than
// a publication: "a professor … at Whitcombe University". ("Cascade Press Service" and
// news agencies are publications.)
func employerName(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	return employerNouns[words[len(words)-1]]
}

var employerNouns = wordSet(`university college school institute institution center centre council foundation`)

// capitalisedName reports words that are all capitalised but for name particles, "of" and
// "the": "The Daily Paper", "Centre for … of …" is not one ("for").
func capitalisedName(s string) bool {
	for _, w := range strings.Fields(s) {
		if !unicode.IsUpper([]rune(w)[0]) && !nameParticles[w] && w != "of" && w != "the" {
			return false
		}
	}
	return true
}

// withoutPlace drops where the reporting was done: "Ann Lee in Lagos" → "Ann Lee".
func withoutPlace(names string) string {
	if i := strings.Index(names, " in "); i >= 0 {
		return names[:i]
	}
	return names
}

// splitNames splits "A, B and C" into names.
func splitNames(s string) []string {
	var out []string
	for _, part := range strings.Split(strings.ReplaceAll(s, " and ", ", "), ",") {
		if p := strings.TrimSpace(part); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func firstLine(p string) string {
	line, _, _ := strings.Cut(p, "\n")
	return line
}

// cleanMeta joins a paragraph's lines and collapses runs of spaces, no-break spaces
// (common in scraped bios) among them: strings.Fields splits at all three.
func cleanMeta(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	// "_Ann Lee writes about cities._": a closing line set in italics.
	for _, mark := range []string{"**", "_", "*"} {
		if len(s) > 2*len(mark) && strings.HasPrefix(s, mark) && strings.HasSuffix(s, mark) {
			return strings.TrimSpace(s[len(mark) : len(s)-len(mark)])
		}
	}
	return s
}
