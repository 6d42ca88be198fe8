package retrieval

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestScrapedArticleMatchesShipped reads the article as it was scraped: its metadata and
// body must be what was written into the shipped file's front matter and body by hand.
func TestScrapedArticleMatchesShipped(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "testdata", "scraped", "iran-al-qaeda-links.txt"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := ParseDocument("iran-al-qaeda-links.txt", raw)
	if err != nil {
		t.Fatal(err)
	}
	want := shippedDocuments(t)[0]
	if !reflect.DeepEqual(got.Meta, want.Meta) {
		t.Errorf("meta:\n got %+v\nwant %+v", got.Meta, want.Meta)
	}
	if got.Body != want.Body {
		t.Errorf("body differs from the shipped article's: %d bytes, want %d", len(got.Body), len(want.Body))
	}
}

func TestParseScrapedText(t *testing.T) {
	const body = "First paragraph of the story.\n\nSecond paragraph."
	tests := []struct {
		name     string
		text     string
		wantMeta Meta
		wantBody string
	}{
		{
			name: "byline, caption with credit, contributors",
			text: "The Title\n\nA dek that sums it up.\n\nBy Jane Doe and Ann Lee, staff writers\n\n" +
				"Workers at the plant on Monday. John Smith/Getty Images\n\n" + body +
				"\n\nBob Roe and Cy Poe contributed reporting from Lagos.\n",
			wantMeta: Meta{Title: "The Title", Dek: "A dek that sums it up.", Author: "Jane Doe and Ann Lee",
				AuthorRole: "staff writers", Contributors: []string{"Bob Roe", "Cy Poe"}},
			wantBody: body,
		},
		{
			name: "a caption in a paragraph of its own, repeated below with its credit",
			text: "The Title\n\nA dek that sums it up.\n\nBy , a staff writer at Foreign Policy.\n\n" +
				"Ships wait at the port of Ossery on March 4.\n\nShips wait at the port of Ossery on March 4. PETRA LINDHOLM/AFP VIA GETTY IMAGES\n\n" + body +
				"\n\nMiriam Castellane is a staff writer at Foreign Policy.\n",
			wantMeta: Meta{Title: "The Title", Dek: "A dek that sums it up.", Author: "Miriam Castellane",
				AuthorRole: "a staff writer at Foreign Policy", Publication: "Foreign Policy"},
			wantBody: body,
		},
		{
			name: "a byline in capitals, then a bio of two",
			text: "The Title\n\nBy MARISSA OKAFOR and DANIEL PRUETT\n\n" + body +
				"\n\nPriya Natarajan contributed reporting.\n\nMarissa Okafor and Daniel Pruett are reporters for The Harbor Gazette.\n",
			wantMeta: Meta{Title: "The Title", Author: "Marissa Okafor and Daniel Pruett", AuthorRole: "reporters for The Harbor Gazette",
				Publication: "The Harbor Gazette", Contributors: []string{"Priya Natarajan"}},
			wantBody: body,
		},
		{
			name:     "a wire story's agency from its dateline",
			text:     "The Title\n\nBy Helena Strand\n\nLISVANE, Montreval (Meridian Wire) — Talks went on.\n\nSecond paragraph.\n",
			wantMeta: Meta{Title: "The Title", Author: "Helena Strand", Publication: "Meridian Wire"},
			wantBody: "LISVANE, Montreval (Meridian Wire) — Talks went on.\n\nSecond paragraph.",
		},
		{
			name: "a press release: its newswire, and the contact block and source after it",
			text: "The Title\n\nMILLBROOK, Vt., March 3, 2026 /PRNewswire/ -- Green Valley Health today announced a plan.\n\nSecond paragraph.\n\n" +
				"Media Contact:\nJordan Pike\njpike@greenvalleyhealth.org\n802-555-0147\n\nSOURCE Green Valley Health\n",
			wantMeta: Meta{Title: "The Title", Author: "Green Valley Health", Publication: "PRNewswire"},
			wantBody: "MILLBROOK, Vt., March 3, 2026 /PRNewswire/ -- Green Valley Health today announced a plan.\n\nSecond paragraph.",
		},
		{
			name:     "a British byline: the reporter and where they filed from",
			text:     "The Title\n\nA dek that sums it up\n\nHelen Ashworth in Chhotapara\n\n" + body + "\n",
			wantMeta: Meta{Title: "The Title", Dek: "A dek that sums it up", Author: "Helen Ashworth"},
			wantBody: body,
		},
		{
			name: "a columnist's byline with a bar, and a bio in italics",
			text: "The Title\n\nBy Miriam Okafor-Deane | Columnist\n\n" + body +
				"\n\n_Miriam Okafor-Deane writes about cities and transportation. Email: mod@example.com_\n",
			wantMeta: Meta{Title: "The Title", Author: "Miriam Okafor-Deane", AuthorRole: "Columnist"},
			wantBody: body,
		},
		{
			name:     "a name over its date, and an editor's update note",
			text:     "The Title\n\nA dek.\n\nMarisol Okafor-Lind\nPublished March 4, 2026, 9:02 a.m. ET\n\n" + body + "\n\nUpdate, March 4, 2026, 3:15 p.m. ET: This story has been updated.\n",
			wantMeta: Meta{Title: "The Title", Dek: "A dek.", Author: "Marisol Okafor-Lind"},
			wantBody: body,
		},
		{
			name: "a wire byline with its agency, and the agency's writers who contributed",
			text: "The Title\n\nBy MARISOL ECHEVARRIA and DANIEL HOLLOWAY\nAssociated Press\n\n" + body +
				"\n\nAssociated Press writers Keiko Brandvold in Portland and Samuel Achterberg in Salem contributed to this report.\n",
			wantMeta: Meta{Title: "The Title", Author: "Marisol Echevarria and Daniel Holloway", Publication: "Associated Press",
				Contributors: []string{"Keiko Brandvold", "Samuel Achterberg"}},
			wantBody: body,
		},
		{
			name:     "a title on the line under the byline, and a British byline of a name and a title",
			text:     "The Title\n\nBy Marisol Quintana-Reyes\nStaff Writer\n\n" + body + "\n",
			wantMeta: Meta{Title: "The Title", Author: "Marisol Quintana-Reyes", AuthorRole: "Staff Writer"},
			wantBody: body,
		},
		{
			name:     "a name and a title, as British papers set them",
			text:     "The Title\n\nA dek\n\nTamsin Hollowell Political correspondent\n\n" + body + "\n",
			wantMeta: Meta{Title: "The Title", Dek: "A dek", Author: "Tamsin Hollowell", AuthorRole: "Political correspondent"},
			wantBody: body,
		},
		{
			name:     "a byline of two who filed from two places",
			text:     "The Title\n\nBy Chen Yuting in Shanghai and Kim Min-seo in Seoul\n\n" + body + "\n",
			wantMeta: Meta{Title: "The Title", Author: "Chen Yuting and Kim Min-seo"},
			wantBody: body,
		},
		{
			name:     "a BBC byline: a name over the publication and where",
			text:     "The Title\n\nNadia Ferreira-Holt\nBBC News, Dunavi\n\n" + body + "\n",
			wantMeta: Meta{Title: "The Title", Author: "Nadia Ferreira-Holt", Publication: "BBC News"},
			wantBody: body,
		},
		{
			name: "a bio that names the publication first and an institute after",
			text: "The Title\n\nBy , a columnist at Foreign Policy.\n\n" + body +
				"\n\nClara Venn-Haldor is a columnist at Foreign Policy and a senior fellow at the Aldwick Center for Security Studies. X: @cvh\n",
			wantMeta: Meta{Title: "The Title", Author: "Clara Venn-Haldor", AuthorRole: "a columnist at Foreign Policy and a senior fellow at the Aldwick Center for Security Studies",
				Publication: "Foreign Policy"},
			wantBody: body,
		},
		{
			name:     "a reporter's address closes the page",
			text:     "The Title\n\nBy Marisol Quintero, Staff Writer\n\n" + body + "\n\nMarisol Quintero can be reached at mquintero@example.com.\n",
			wantMeta: Meta{Title: "The Title", Author: "Marisol Quintero", AuthorRole: "Staff Writer"},
			wantBody: body,
		},
		{
			name:     "an address without a byline is the body's",
			text:     "The Title\n\n" + body + "\n\nContact Ann Lee at 555-0100.\n",
			wantMeta: Meta{Title: "The Title"},
			wantBody: body + "\n\nContact Ann Lee at 555-0100.",
		},
		{
			name:     "a byline in capitals and no bio",
			text:     "The Title\n\nBy HELENA O’NEIL-STRAND\n\n" + body + "\n",
			wantMeta: Meta{Title: "The Title", Author: "Helena O’Neil-Strand"},
			wantBody: body,
		},
		{
			name:     "two people at the end of the story are no bio",
			text:     "The Title\n\nBy Jane Doe\n\n" + body + "\n\nAnn Lee and Bob Roe are neighbors now.\n",
			wantMeta: Meta{Title: "The Title", Author: "Jane Doe"},
			wantBody: body + "\n\nAnn Lee and Bob Roe are neighbors now.",
		},
		{
			name: "lost byline name: the bio names the author and the publication",
			text: "The Title\n\nBy , a reporter at The Daily Paper.\nA caption.\nA caption. Ann Lee/AFP\n\n" + body +
				"\n\nJane Doe is a reporter at The Daily Paper.\u00a0Twitter:\u00a0@janedoe\n",
			wantMeta: Meta{Title: "The Title", Author: "Jane Doe", AuthorRole: "a reporter at The Daily Paper",
				Publication: "The Daily Paper"},
			wantBody: body,
		},
		{
			name: "the bio's role and publication over the byline's title",
			text: "The Title\n\nBy Jane Doe, Transportation Correspondent\n\n" + body +
				"\n\nJane Doe is the transportation correspondent for the Daily Ledger.\n",
			wantMeta: Meta{Title: "The Title", Author: "Jane Doe", AuthorRole: "the transportation correspondent for the Daily Ledger",
				Publication: "Daily Ledger"},
			wantBody: body,
		},
		{
			name: "contributors and bio on consecutive lines of one paragraph",
			text: "The Title\n\nBy Jane Doe\n\n" + body +
				"\n\nBob Roe contributed reporting.\nJane Doe is a reporter at The Daily Paper.\n",
			wantMeta: Meta{Title: "The Title", Author: "Jane Doe", AuthorRole: "a reporter at The Daily Paper",
				Publication: "The Daily Paper", Contributors: []string{"Bob Roe"}},
			wantBody: body,
		},
		{
			name: "a bio that gives the author's beat names the publication, not a role",
			text: "The Title\n\nBy Jane Doe\n\n" + body +
				"\n\nBob Roe contributed reporting from Helena.\n\nJane Doe covers energy in the Mountain West for The Mountain Ledger.\n",
			wantMeta: Meta{Title: "The Title", Author: "Jane Doe", Publication: "The Mountain Ledger", Contributors: []string{"Bob Roe"}},
			wantBody: body,
		},
		{
			name:     "a beat line about someone other than the byline's author is body",
			text:     "The Title\n\nBy Jane Doe\n\n" + body + "\n\nAnn Lee covers the statehouse for The Ledger.\n",
			wantMeta: Meta{Title: "The Title", Author: "Jane Doe"},
			wantBody: body + "\n\nAnn Lee covers the statehouse for The Ledger.",
		},
		{
			name:     "a contributor line under the last paragraph with no blank line is cut off",
			text:     "The Title\n\nBy Jane Doe\n\n" + body + "\n\nThe vote is on Monday.\nBob Roe contributed reporting.\n",
			wantMeta: Meta{Title: "The Title", Author: "Jane Doe", Contributors: []string{"Bob Roe"}},
			wantBody: body + "\n\nThe vote is on Monday.",
		},
		{
			name: "a New York Times page: furniture, a caption credited to the paper, a bio with a link",
			text: "The Title\n\nThe dek.\n\nShare full article\n\nCrews at the portal.\nCredit...Marisol Etxeberria for The New York Times\n\n" +
				"By Daniel Osterhout\nMarch 4, 2026\n\n" + body + "\n\nDaniel Osterhout covers transportation for The Times. More about Daniel Osterhout\n",
			wantMeta: Meta{Title: "The Title", Dek: "The dek.", Author: "Daniel Osterhout", Publication: "The New York Times"},
			wantBody: body,
		},
		{
			name:     "an Economist page: a rubric over a fly-title, and no byline",
			text:     "Selling the docks\n\nThe government is betting on foreign operators, but the dockers have other ideas\n\nHarbour sale | Dateline DRAVSK\n\n" + body + "\n",
			wantMeta: Meta{Title: "Selling the docks", Dek: "The government is betting on foreign operators, but the dockers have other ideas"},
			wantBody: body,
		},
		{
			name: "an outside contributor's bio names a university, which is no publication",
			text: "Argument\n\nThe Title\n\nThe dek.\n\nBy Nathaniel Ostrander, a professor of international relations at Whitcombe University.\n\n" + body +
				"\n\nNathaniel Ostrander is a professor of international relations at Whitcombe University.\n",
			wantMeta: Meta{Title: "The Title", Dek: "The dek.", Author: "Nathaniel Ostrander", AuthorRole: "a professor of international relations at Whitcombe University"},
			wantBody: body,
		},
		{
			name: "a Washington Post page: its masthead line, share buttons, and a bio for each author",
			text: "Democracy Dies in Darkness\n\nThe Title\n\nThe dek.\n\nListen\n5 min\nGift Article\nShare\nComment\n\nBy Daniel Okafor-Reyes and Miriam Castellanos\nMarch 4, 2026 at 6:00 a.m. EST\n\n" +
				body + "\n\nDaniel Okafor-Reyes covers the Pentagon for The Washington Post.\nMiriam Castellanos is a national security reporter at The Washington Post.\n",
			wantMeta: Meta{Title: "The Title", Dek: "The dek.", Author: "Daniel Okafor-Reyes and Miriam Castellanos", Publication: "The Washington Post"},
			wantBody: body,
		},
		{
			name:     "a CNN byline names the publication, and Bloomberg's assistance line names contributors",
			text:     "The Title\n\nBy Daniela Okafor-Reyes, CNN\nUpdated 3:02 PM EST, Tue March 4, 2026\n\n" + body + "\n\n— With assistance from Mirela Kostadinova and Felix Araújo-Lund\n",
			wantMeta: Meta{Title: "The Title", Author: "Daniela Okafor-Reyes", Publication: "CNN", Contributors: []string{"Mirela Kostadinova", "Felix Araújo-Lund"}},
			wantBody: body,
		},
		{
			name:     "a syndicated wire story: its title's note, the editor's note and the credits in parentheses",
			text:     "UPDATE 2-The Title\n\n(Adds comment from economist in paragraphs 8-9)\n\nBy Katarina Velosz\n\n" + body + "\n\n(Reporting by Katarina Velosz; Editing by Tomas Hale)\n",
			wantMeta: Meta{Title: "The Title", Dek: "(Adds comment from economist in paragraphs 8-9)", Author: "Katarina Velosz", Contributors: []string{"Katarina Velosz"}},
			wantBody: body,
		},
		{
			name: "a browser tab's suffix on the title, and a newsletter that names itself",
			text: "The Title – Foreign Policy\n\nAnalysis\n\nThe dek.\n\nBy Miriam Ostrander-Kale, a reporter at Foreign Policy.\n\n" + body +
				"\n\nMiriam Ostrander-Kale is a reporter at Foreign Policy.\n",
			wantMeta: Meta{Title: "The Title", Dek: "Analysis The dek.", Author: "Miriam Ostrander-Kale", AuthorRole: "a reporter at Foreign Policy", Publication: "Foreign Policy"},
			wantBody: body,
		},
		{
			name:     "a newsletter post: subscribe buttons, and the newsletter's name under it",
			text:     "The Title\n\nThe subtitle\n\nEleanor Voss-Hartley\nMar 04, 2026\n\nSubscribe\n\n" + body + "\n\nShare\n\nThanks for reading The Back Channel! Subscribe for free to receive new posts and support my work.\n",
			wantMeta: Meta{Title: "The Title", Dek: "The subtitle", Author: "Eleanor Voss-Hartley", Publication: "The Back Channel"},
			wantBody: body,
		},
		{
			name:     "a Markdown page from a reader mode: a byline with a date after a middle dot",
			text:     "# The Title\n\n*The dek.*\n\nBy Harriet Okonkwo-Lindqvist · March 4, 2026\n\n" + body + "\n",
			wantMeta: Meta{Title: "The Title", Dek: "The dek.", Author: "Harriet Okonkwo-Lindqvist"},
			wantBody: body,
		},
		{
			name: "a byline of two authors with their roles, and their bios",
			text: "The Title\n\nThe dek.\n\nBy Clara Okonjo-Berg, a reporter at Foreign Policy, and Daniel Ferreira Lind, a senior editor at Foreign Policy.\n\n" + body +
				"\n\nClara Okonjo-Berg is a reporter at Foreign Policy. X: @cob\nDaniel Ferreira Lind is a senior editor at Foreign Policy. X: @dfl\n",
			wantMeta: Meta{Title: "The Title", Dek: "The dek.", Author: "Clara Okonjo-Berg and Daniel Ferreira Lind", AuthorRole: "a reporter at Foreign Policy", Publication: "Foreign Policy"},
			wantBody: body,
		},
		{
			name:     "an editor's note over the body",
			text:     "The Title\n\nBy Julian Marsh, a reporter at Foreign Policy.\n\nEditor’s note: This article was updated on March 5, 2026, to include a response from the ministry.\n\n" + body + "\n",
			wantMeta: Meta{Title: "The Title", Author: "Julian Marsh", AuthorRole: "a reporter at Foreign Policy", Publication: "Foreign Policy"},
			wantBody: body,
		},
		{
			name:     "a wrapped last line shaped like a bio stays in the body",
			text:     "The Title\n\nBy Ann Lee\n\n" + body + "\n\nThe vote is on Monday, said the lawyer for the board.\nAnn Lee is a lawyer at Acme.\n",
			wantMeta: Meta{Title: "The Title", Author: "Ann Lee"},
			wantBody: body + "\n\nThe vote is on Monday, said the lawyer for the board.\nAnn Lee is a lawyer at Acme.",
		},
		{
			name: "a section label over the title, two bylines whose names were lost, and their two bios",
			text: "Report\n\nThe Title\n\nThe dek.\n\nBy , a reporter at Foreign Policy.\nBy , a senior reporter at Foreign Policy.\n\n" + body +
				"\nNadia Forsberg contributed reporting.\n\nElena Brightwater is a reporter at Foreign Policy. X: @eb\nJonah Kessler-Mbeki is a senior reporter at Foreign Policy. X: @jkm\n",
			wantMeta: Meta{Title: "The Title", Dek: "The dek.", Author: "Elena Brightwater and Jonah Kessler-Mbeki", AuthorRole: "a reporter at Foreign Policy",
				Publication: "Foreign Policy", Contributors: []string{"Nadia Forsberg"}},
			wantBody: body,
		},
		{
			name:     "a single caption credited to a photographer of another publication",
			text:     "The Title\n\nBy Jane Doe\n\nNurses on the picket line. Desmond Hale/The Port Ellison Courier\n\n" + body + "\n",
			wantMeta: Meta{Title: "The Title", Author: "Jane Doe"},
			wantBody: body,
		},
		{
			name: "a wire service's credits line: reporters are contributors, editors are not",
			text: "The Title\n\nBy Jane Doe\n\n" + body +
				"\n\nReporting by Ann Lee in Lagos; Additional reporting by Bob Roe and Cy Poe; Editing by Dan Orr\n",
			wantMeta: Meta{Title: "The Title", Author: "Jane Doe", Contributors: []string{"Ann Lee", "Bob Roe", "Cy Poe"}},
			wantBody: body,
		},
		{
			name:     "a last paragraph that starts like a credits line is body",
			text:     "The Title\n\nBy Jane Doe\n\n" + body + "\n\nReporting by The Ledger found the mayor knew.\n",
			wantMeta: Meta{Title: "The Title", Author: "Jane Doe"},
			wantBody: body + "\n\nReporting by The Ledger found the mayor knew.",
		},
		{
			name:     "a lede that starts with By is no byline",
			text:     "The Title\n\nBy the time the storm passed, the town was dark.\n\n" + body + "\n",
			wantMeta: Meta{Title: "The Title"},
			wantBody: "By the time the storm passed, the town was dark.\n\n" + body,
		},
		{
			name:     "without a byline, a last paragraph about someone is body",
			text:     "The Title\n\n" + body + "\n\nJane Doe is a retired teacher in Ohio.\n",
			wantMeta: Meta{Title: "The Title"},
			wantBody: body + "\n\nJane Doe is a retired teacher in Ohio.",
		},
		{
			name:     "a bio of someone other than the byline's author is body",
			text:     "The Title\n\nBy Jane Doe\n\n" + body + "\n\nAnn Lee is a farmer in Kansas.\n",
			wantMeta: Meta{Title: "The Title", Author: "Jane Doe"},
			wantBody: body + "\n\nAnn Lee is a farmer in Kansas.",
		},
		{
			name:     "a first paragraph that ends with an agency is no caption",
			text:     "The Title\n\nThe mayor will resign, an aide told Reuters\n\n" + body + "\n",
			wantMeta: Meta{Title: "The Title"},
			wantBody: "The mayor will resign, an aide told Reuters\n\n" + body,
		},
		{
			name:     "a caption pair at the top, no byline",
			text:     "The Title\n\nA flooded street.\nA flooded street. Photo by Ann Lee/Reuters\n\n" + body + "\n",
			wantMeta: Meta{Title: "The Title"},
			wantBody: body,
		},
	}
	for _, tc := range tests {
		doc, err := ParseDocument("a.txt", []byte(tc.text))
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if !reflect.DeepEqual(doc.Meta, tc.wantMeta) || doc.Body != tc.wantBody {
			t.Errorf("%s:\n got %+v body %q\nwant %+v body %q", tc.name, doc.Meta, doc.Body, tc.wantMeta, tc.wantBody)
		}
	}
}

// TestParseScrapedTextOnlyMetadata checks that a text that is all metadata is an empty
// article, reported at the line after it.
func TestParseScrapedTextOnlyMetadata(t *testing.T) {
	_, err := ParseDocument("a.txt", []byte("The Title\n\nBy Jane Doe\n\nBob Roe contributed reporting.\n"))
	if err == nil || err.Error() != "a.txt:2: article body is empty" {
		t.Errorf("err = %v", err)
	}
}

// FuzzParseDocument checks that any file either fails with a located error or gives a
// non-empty body taken verbatim from the file.
func FuzzParseDocument(f *testing.F) {
	f.Add([]byte("The Title\n\nBy , a reporter at The Paper.\nA caption.\nA caption. Ann Lee/AFP\n\nBody.\n\nJane Doe is a reporter at The Paper.\n"))
	f.Add([]byte("---\ntitle: T\n---\n\nBody.\n"))
	f.Add([]byte("T\n\nBy \n\nBob contributed reporting.\n"))
	f.Add([]byte("T\n\nBy Ann Lee\nA caption. Desmond Hale/The Courier\n\nBody.\n\nBob Roe contributed reporting.\nAnn Lee is a reporter at The Courier.\n\nReporting by Ann Lee in Lagos; Editing by Cy Poe\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ParseDocument("a.txt", data)
		if err != nil {
			return
		}
		text := strings.ReplaceAll(string(data), "\r\n", "\n")
		if doc.Body == "" || !strings.Contains(text, doc.Body) || strings.TrimSpace(doc.Meta.Title) == "" {
			t.Errorf("body %q title %q from %q", doc.Body, doc.Meta.Title, data)
		}
	})
}
