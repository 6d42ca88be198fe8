package retrieval

import (
	"strings"
	"testing"
)

func TestAttributeInterview(t *testing.T) {
	tests := []struct {
		name   string
		author string
		body   string
		want   []string // main speaker of each passage, "" for none
	}{
		{
			name:   "answers are the interviewee's, questions the author's",
			author: "Tom Eke",
			body: "When Harold Brandt retired, the board chose Renata Holm, 58, to run the district. Holm has since raised rates twice.\n\n" +
				"This interview has been edited for length and clarity.\n\n" +
				"Q: Why raise rates again?\n\n" +
				"A: Because the pipes leak. My predecessor, Harold Brandt, used to say, “Water is never free.” Holm is not a name I forget.\n\n" +
				"Q: And the plant?\n\nA: It opens in 2027.",
			want: []string{"", "", "Tom Eke", "Renata Holm", "Tom Eke", "Renata Holm"},
		},
		{
			name: "bold labels, and no author for the questions",
			body: "Ann Lee runs the port.\n\n**Q:** What changed?\n\n**A:** Everything.\n\n**Q:** Why?\n\n**A:** Money.",
			want: []string{"", "", "Ann Lee", "", "Ann Lee"},
		},
		{
			name:   "a magazine's question-and-answer: the outlet's initials, a surname named in the introduction, an answer over two paragraphs",
			author: "Naomi Ellery-Park",
			body: "When Matthias Vrenholm resigned as envoy in January, he left quietly.\n\n" +
				"FP: Why did you resign?\n\n" +
				"VRENHOLM: Because the lists were never shared. As the minister, Dariusz Okonek, told me then, “We will not give names.” Okonek said it twice, and Teodora Raskin said the same.\n\n" +
				"It was the end of the process.\n\n" +
				"FP: Any regrets?\n\nVRENHOLM: Only that I left.",
			want: []string{"", "Naomi Ellery-Park", "Matthias Vrenholm", "Matthias Vrenholm", "Naomi Ellery-Park", "Matthias Vrenholm"},
		},
		{
			name:   "an answer that runs on into a paragraph quoting someone else is still the interviewee's",
			author: "Naomi Ellery-Park",
			body: "When Matthias Vrenholm resigned as envoy in January, he left quietly. Ines Caldwell-Moreau, a senior fellow, has studied the talks.\n\n" +
				"FP: What went wrong?\n\n" +
				"VRENHOLM: The process became the goal.\n\n" +
				"Dr. Caldwell-Moreau has written that the talks became “a substitute for policy,” and I think that is fair.\n\n" +
				"FP: Any regrets?\n\nVRENHOLM: Only that I left.",
			want: []string{"", "Naomi Ellery-Park", "Matthias Vrenholm", "Matthias Vrenholm", "Naomi Ellery-Park", "Matthias Vrenholm"},
		},
		{
			name:   "a broadcast transcript: labels in capitals, then surnames",
			author: "Maria Okonkwo",
			body: "MARIA OKONKWO, HOST: The overpass carries 42,000 cars a day.\n\n(SOUNDBITE OF TRAFFIC)\n\n" +
				"DEV PATEL, BYLINE: Lena Hoffmann owns the bakery under it.\n\nLENA HOFFMANN: We shake every time a truck goes by.\n\n" +
				"PATEL: The city says removal would cost $180 million.\n\nOKONKWO: Dev Patel, thank you.",
			want: []string{"Maria Okonkwo", "Dev Patel", "Lena Hoffmann", "Dev Patel", "Maria Okonkwo"},
		},
		{
			name: "a note in capitals is no transcript",
			body: "CORRECTION: An earlier version misstated the cost.\n\nAnn Lee runs the port.",
			want: []string{"", ""},
		},
		{
			name:   "one paragraph that opens with an initial is no interview",
			author: "Tom Eke",
			body:   "Ann Lee runs the port.\n\nA. J. Smith, a clerk, said the port was busy.",
			want:   []string{"", "A. J. Smith"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Document{ID: "t", Meta: Meta{Author: tt.author}, Body: tt.body}
			ps := SplitPassages(doc)
			Attribute(doc, ps)
			var got []string
			for _, p := range ps {
				main := ""
				if len(p.Speakers) > 0 {
					main = p.Speakers[0].Label()
				}
				got = append(got, main)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
