package bot

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/articlebot/articlebot/retrieval"
)

// maxAskDepth is how far "More" pages into the ranking: past it the passages have little
// to do with the question.
const maxAskDepth = 25

// moreIDPrefix starts the custom ID of the "More" button: "more:<offset>:<k>". The question
// itself is too long for a custom ID (100 characters), so it is read back from the first
// line of the message the button sits on; that keeps every replica stateless.
const moreIDPrefix = "more:"

// askedPrefix starts the first line of every answer, followed by the escaped question.
const askedPrefix = "**Asked:** "

const (
	colorAnswer  = 0x1F6FEB
	colorClosest = 0x8B949E
)

// onAsk answers /ask.
func (b *Bot) onAsk(ctx context.Context, data discordgo.ApplicationCommandInteractionData) *discordgo.InteractionResponse {
	question, k, private := "", defaultResults, false
	for _, o := range data.Options {
		switch o.Name {
		case "question":
			question = o.StringValue()
		case "results":
			k = min(max(int(o.IntValue()), 1), maxResults)
		case "private":
			private = o.BoolValue()
		}
	}
	return b.answerPage(ctx, question, 0, k, private, false)
}

// onAskMessage answers the "Ask the article" message command with the target message's text.
func (b *Bot) onAskMessage(ctx context.Context, data discordgo.ApplicationCommandInteractionData) *discordgo.InteractionResponse {
	var text string
	if data.Resolved != nil {
		if m := data.Resolved.Messages[data.TargetID]; m != nil {
			text = m.Content
		}
	}
	if strings.TrimSpace(text) == "" {
		return privateMessage("That message has no text to ask the article about.")
	}
	return b.answerPage(ctx, text, 0, defaultResults, false, false)
}

// onMore shows the next passages for the question on the message, in place.
func (b *Bot) onMore(ctx context.Context, customID string, msg *discordgo.Message) *discordgo.InteractionResponse {
	offset, k, ok := parseMoreID(customID)
	var question string
	if ok = ok && msg != nil; ok {
		question, ok = questionFromContent(msg.Content)
	}
	if !ok {
		return privateMessage("I can't continue that answer; please ask again with /ask.")
	}
	return b.answerPage(ctx, question, offset, k, false, true)
}

// answerPage answers question with the passages ranked offset+1 to offset+k. On the first
// page, when even the best passage is not relevant, it shows only that one, labelled as the
// closest. update makes the response replace the message the button sits on.
func (b *Bot) answerPage(ctx context.Context, question string, offset, k int, private, update bool) *discordgo.InteractionResponse {
	question = strings.Join(strings.Fields(question), " ")
	answers, err := b.engine.Answer(ctx, question, offset+k)
	if err != nil {
		return b.answerError(err)
	}
	closestOnly := offset == 0 && len(answers) > 0 && !answers[0].Relevant
	var page []retrieval.Answer
	switch {
	case closestOnly:
		page = answers[:1]
	case offset < len(answers):
		page = answers[offset:min(len(answers), offset+k)]
	default:
		return privateMessage("There are no more passages to show.")
	}

	content := askedPrefix + escapeTruncated(question, maxContent/2)
	switch {
	case closestOnly:
		content += "\nNothing in the article answers that closely; the closest passage is:"
	case offset > 0:
		content += fmt.Sprintf("\nMore passages (%d–%d):", offset+1, offset+len(page))
	}

	next := offset + len(page)
	components := []discordgo.MessageComponent{}
	if next < min(len(b.engine.Passages()), maxAskDepth) {
		components = append(components, discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Label: "More", Style: discordgo.SecondaryButton, CustomID: moreID(next, k)},
		}})
	}

	resp := &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Content:         content,
			Embeds:          answerEmbeds(page, closestOnly),
			Components:      components,
			AllowedMentions: noMentions(),
		},
	}
	if update {
		resp.Type = discordgo.InteractionResponseUpdateMessage
	} else if private {
		resp.Data.Flags = discordgo.MessageFlagsEphemeral
	}
	return resp
}

// answerEmbeds renders one embed per answer. The passages share what is left of the
// 6,000 characters after titles, authors and footers.
func answerEmbeds(answers []retrieval.Answer, closestOnly bool) []*discordgo.MessageEmbed {
	embeds := make([]*discordgo.MessageEmbed, len(answers))
	wants := make([]int, len(answers))
	fixed := 0
	for n, a := range answers {
		title := a.Document.Meta.Title
		color := colorAnswer
		if closestOnly {
			title = "Closest passage: " + title
			color = colorClosest
		}
		// Coverage (the share of the question's words the passage holds) reads better
		// than the raw similarity, which is small even for a perfect answer. It is named
		// for what it is: a lower answer can hold more of the question's words.
		relevance := fmt.Sprintf("matches %.0f%% of the question", a.Coverage*100)
		if !a.Relevant {
			relevance += " (weak match)"
		}
		e := &discordgo.MessageEmbed{
			Title:  escapeTruncated(title, maxTitle),
			URL:    linkURL(a.Document.Meta.URL),
			Color:  color,
			Author: &discordgo.MessageEmbedAuthor{Name: speakersLine(a.Speakers(), maxAuthorName)},
			Footer: &discordgo.MessageEmbedFooter{Text: truncate(joinNonEmpty(" · ",
				truncate(a.Document.Meta.Publication, maxFooterPart), truncate(a.Document.Meta.Author, maxFooterPart), paragraphLabel(a.Passage), relevance), maxCardFooter)},
		}
		embeds[n] = e
		fixed += embedLen(e)
		wants[n] = textLen(renderMarked(a.Passage.Text, a.Highlight, maxDescription))
	}
	budgets := shareBudget(maxEmbedTotal-fixed, maxDescription, wants)
	for n, a := range answers {
		embeds[n].Description = renderMarked(a.Passage.Text, a.Highlight, budgets[n])
	}
	return embeds
}

// speakersLine is the embed author line: the main speaker with their role, then the others
// by name while they fit.
func speakersLine(speakers []retrieval.Speaker, max int) string {
	if len(speakers) == 0 {
		return ""
	}
	line := truncate(describeSpeaker(speakers[0]), max)
	if len(speakers) == 1 {
		return line
	}
	var others []string
	for n, s := range speakers[1:] {
		rest := len(speakers) - 2 - n // speakers after s
		candidate := append(others, s.Label())
		suffix := ")"
		if rest > 0 {
			suffix = fmt.Sprintf(", +%d more)", rest)
		}
		if textLen(line+" (also: "+strings.Join(candidate, ", ")+suffix) > max {
			break
		}
		others = candidate
	}
	if len(others) == 0 {
		if more := fmt.Sprintf(" (+%d more)", len(speakers)-1); textLen(line+more) <= max {
			return line + more
		}
		return line
	}
	suffix := ")"
	if rest := len(speakers) - 1 - len(others); rest > 0 {
		suffix = fmt.Sprintf(", +%d more)", rest)
	}
	return line + " (also: " + strings.Join(others, ", ") + suffix
}

// describeSpeaker is "Name — role", or for a source the article does not name, what it
// says about them.
func describeSpeaker(s retrieval.Speaker) string {
	switch {
	case s.Anonymous || s.Name == "":
		return "Unnamed source — " + s.Role
	case s.Role == "":
		return s.Name
	}
	return s.Name + " — " + s.Role
}

// paragraphLabel locates a passage for readers: "paragraph 7", or "paragraph 7, part 2"
// for a piece of a long paragraph.
func paragraphLabel(p retrieval.Passage) string {
	if p.Part > 1 {
		return fmt.Sprintf("paragraph %d, part %d", p.Paragraph, p.Part)
	}
	return fmt.Sprintf("paragraph %d", p.Paragraph)
}

func joinNonEmpty(sep string, parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, sep)
}

func moreID(offset, k int) string {
	return moreIDPrefix + strconv.Itoa(offset) + ":" + strconv.Itoa(k)
}

// parseMoreID reads a "More" button's custom ID, refusing values no button of ours has.
func parseMoreID(id string) (offset, k int, ok bool) {
	rest, found := strings.CutPrefix(id, moreIDPrefix)
	if !found {
		return 0, 0, false
	}
	o, kk, found := strings.Cut(rest, ":")
	if !found {
		return 0, 0, false
	}
	offset, err1 := strconv.Atoi(o)
	k, err2 := strconv.Atoi(kk)
	if err1 != nil || err2 != nil || offset < 1 || offset >= maxAskDepth || k < 1 || k > maxResults {
		return 0, 0, false
	}
	return offset, k, true
}

// questionFromContent reads the question back from the first line of an answer.
func questionFromContent(content string) (string, bool) {
	line, _, _ := strings.Cut(content, "\n")
	q, ok := strings.CutPrefix(line, askedPrefix)
	if !ok || strings.TrimSpace(q) == "" {
		return "", false
	}
	return unescapeMarkdown(q), true
}
