package bot

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/articlebot/articlebot/retrieval"
)

// onArticle answers /article with a source card per article.
func (b *Bot) onArticle() *discordgo.InteractionResponse {
	docs := b.engine.Documents()
	passages := b.engine.Passages()
	var embeds []*discordgo.MessageEmbed
	total := 0
	for _, d := range docs {
		e := articleCard(d, passages)
		if len(embeds) == maxEmbeds || total+embedLen(e) > maxEmbedTotal {
			break
		}
		total += embedLen(e)
		embeds = append(embeds, e)
	}
	content := ""
	if len(embeds) < len(docs) {
		content = fmt.Sprintf("I answer from %d articles; the first %d are shown.", len(docs), len(embeds))
	}
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Content:         content,
			Embeds:          embeds,
			Components:      []discordgo.MessageComponent{},
			AllowedMentions: noMentions(),
		},
	}
}

// articleCard describes one article: its front matter, how many passages it was split into
// and who it quotes.
func articleCard(d retrieval.Document, all []retrieval.Passage) *discordgo.MessageEmbed {
	m := d.Meta
	count := 0
	var speakers []string
	seen := map[string]bool{}
	for _, p := range all {
		if p.DocID != d.ID {
			continue
		}
		count++
		for _, s := range p.Speakers {
			if key := strings.ToLower(s.Label()); !seen[key] {
				seen[key] = true
				speakers = append(speakers, s.Label())
			}
		}
	}
	field := func(name, value string, inline bool) *discordgo.MessageEmbedField {
		return &discordgo.MessageEmbedField{Name: name, Value: escapeTruncated(value, maxFieldValue), Inline: inline}
	}
	var fields []*discordgo.MessageEmbedField
	if author := joinNonEmpty(", ", m.Author, m.AuthorRole); author != "" {
		fields = append(fields, field("Author", author, false))
	}
	if m.Publication != "" {
		fields = append(fields, field("Publication", m.Publication, true))
	}
	if m.Published != "" {
		fields = append(fields, field("Published", m.Published, true))
	}
	fields = append(fields, field("Passages", strconv.Itoa(count), true))
	if len(m.Contributors) > 0 {
		fields = append(fields, field("Contributors", strings.Join(m.Contributors, ", "), false))
	}
	if len(speakers) > 0 {
		fields = append(fields, &discordgo.MessageEmbedField{
			Name:  fmt.Sprintf("Speakers (%d)", len(speakers)),
			Value: listWithin(speakers, maxFieldValue),
		})
	}
	return &discordgo.MessageEmbed{
		Title:       escapeTruncated(m.Title, maxTitle),
		URL:         linkURL(m.URL),
		Description: escapeTruncated(m.Dek, maxDescription),
		Color:       colorAnswer,
		Fields:      fields,
		Footer:      &discordgo.MessageEmbedFooter{Text: "Ask it with /ask · see who said what with /quotes"},
	}
}

// listWithin joins escaped items with commas, ending with "and N more" when they do not
// all fit in max characters.
func listWithin(items []string, max int) string {
	var b strings.Builder
	for n, item := range items {
		sep := ""
		if n > 0 {
			sep = ", "
		}
		piece := sep + escapeMarkdown(item)
		tail := 0
		if rest := len(items) - n - 1; rest > 0 {
			tail = textLen(fmt.Sprintf(", and %d more", rest))
		}
		if textLen(b.String())+textLen(piece)+tail > max {
			return b.String() + fmt.Sprintf("%sand %d more", sep, len(items)-n)
		}
		b.WriteString(piece)
	}
	return b.String()
}

// onHelp answers /help.
func (b *Bot) onHelp() *discordgo.InteractionResponse {
	lines := []string{
		"I answer questions about a news article with its own words: verbatim passages, who said them, and where.",
		"• `/ask question:` — the passages that answer best, the key sentence in **bold**. Add `results:` (1–5) or `private:` to see it alone.",
		"• `/quotes speaker:` — everything the article quotes someone as saying; start typing a name.",
		"• `/article` — which article I know: title, author, publication, speakers.",
		"• Right-click a message → **Apps** → **Ask the article** — use that message as the question.",
		fmt.Sprintf("You can ask %d times a minute.", b.limiter.perMinute),
	}
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Embeds: []*discordgo.MessageEmbed{{
				Title:       "What I can do",
				Description: strings.Join(lines, "\n"),
				Color:       colorAnswer,
			}},
			Components:      []discordgo.MessageComponent{},
			Flags:           discordgo.MessageFlagsEphemeral,
			AllowedMentions: noMentions(),
		},
	}
}
