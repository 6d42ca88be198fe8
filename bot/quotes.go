package bot

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/articlebot/articlebot/retrieval"
)

// quotesPageSize is how many passages one page of /quotes shows.
const quotesPageSize = 3

// quotesIDPrefix starts the custom ID of the paging buttons:
// "quotes:<page>:<speaker index>:<label hash>". Every replica indexes the same articles, so
// the index names the speaker; the hash catches a button older than the articles.
const quotesIDPrefix = "quotes:"

// speakerValuePrefix marks an autocomplete value naming a speaker by index, used when the
// label is longer than a choice value may be.
const speakerValuePrefix = "speaker:"

// onQuotes answers /quotes with the first page of the speaker's passages.
func (b *Bot) onQuotes(data discordgo.ApplicationCommandInteractionData) *discordgo.InteractionResponse {
	var value string
	if o := data.GetOption("speaker"); o != nil {
		value = o.StringValue()
	}
	idx, ok := b.findSpeaker(value)
	if !ok {
		return privateMessage(fmt.Sprintf("The article quotes nobody called “%s”. Pick a name from the list as you type.",
			escapeTruncated(strings.TrimSpace(value), 100)))
	}
	return b.quotesPage(idx, 0, false)
}

// onQuotesPage turns a /quotes answer to another page, in place.
func (b *Bot) onQuotesPage(customID string) *discordgo.InteractionResponse {
	page, idx, hash, ok := parseQuotesID(customID)
	speakers := b.engine.Speakers()
	if !ok || idx >= len(speakers) || labelHash(speakers[idx].Label()) != hash {
		return privateMessage("That list is out of date; please run /quotes again.")
	}
	return b.quotesPage(idx, page, true)
}

// findSpeaker resolves what the user chose or typed: an autocomplete value or a label,
// matched without regard to case.
func (b *Bot) findSpeaker(value string) (int, bool) {
	speakers := b.engine.Speakers()
	if rest, ok := strings.CutPrefix(value, speakerValuePrefix); ok {
		if idx, hash, ok := parseSpeakerRef(rest); ok && idx < len(speakers) && labelHash(speakers[idx].Label()) == hash {
			return idx, true
		}
	}
	value = strings.TrimSpace(value)
	for i, s := range speakers {
		if strings.EqualFold(s.Label(), value) {
			return i, true
		}
	}
	return 0, false
}

// quotesPage renders one page of the passages attributed to speaker idx.
func (b *Bot) quotesPage(idx, page int, update bool) *discordgo.InteractionResponse {
	speaker := b.engine.Speakers()[idx]
	passages := b.engine.PassagesBy(speaker.Label())
	pages := max((len(passages)+quotesPageSize-1)/quotesPageSize, 1)
	page = min(max(page, 0), pages-1)
	shown := passages[min(page*quotesPageSize, len(passages)):min((page+1)*quotesPageSize, len(passages))]

	content := fmt.Sprintf("**%s** — %d passage%s", escapeTruncated(speaker.Label(), 300), len(passages), plural(len(passages)))
	if pages > 1 {
		content += fmt.Sprintf(" (page %d of %d)", page+1, pages)
	}

	var components []discordgo.MessageComponent
	if pages > 1 {
		ref := strconv.Itoa(idx) + ":" + labelHash(speaker.Label())
		components = []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Label: "Prev", Style: discordgo.SecondaryButton, Disabled: page == 0,
				CustomID: quotesIDPrefix + strconv.Itoa(max(page-1, 0)) + ":" + ref},
			discordgo.Button{Label: "Next", Style: discordgo.SecondaryButton, Disabled: page == pages-1,
				CustomID: quotesIDPrefix + strconv.Itoa(page+1) + ":" + ref},
		}}}
	} else {
		components = []discordgo.MessageComponent{}
	}

	resp := &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Content:         content,
			Embeds:          b.quoteEmbeds(speaker, shown),
			Components:      components,
			AllowedMentions: noMentions(),
		},
	}
	if update {
		resp.Type = discordgo.InteractionResponseUpdateMessage
	}
	return resp
}

// quoteEmbeds renders one embed per passage, the speaker as author, sharing the 6,000
// characters as answers do.
func (b *Bot) quoteEmbeds(speaker retrieval.Speaker, passages []retrieval.Passage) []*discordgo.MessageEmbed {
	docs := map[string]retrieval.Meta{}
	for _, d := range b.engine.Documents() {
		docs[d.ID] = d.Meta
	}
	embeds := make([]*discordgo.MessageEmbed, len(passages))
	wants := make([]int, len(passages))
	fixed := 0
	for n, p := range passages {
		meta := docs[p.DocID]
		e := &discordgo.MessageEmbed{
			Title:  escapeTruncated(meta.Title, maxTitle),
			URL:    linkURL(meta.URL),
			Color:  colorAnswer,
			Author: &discordgo.MessageEmbedAuthor{Name: truncate(describeSpeaker(speaker), maxAuthorName)},
			Footer: &discordgo.MessageEmbedFooter{Text: truncate(joinNonEmpty(" · ", truncate(meta.Publication, maxFooterPart), truncate(meta.Author, maxFooterPart), paragraphLabel(p)), maxCardFooter)},
		}
		embeds[n] = e
		fixed += embedLen(e)
		wants[n] = textLen(escapeTruncated(p.Text, maxDescription))
	}
	budgets := shareBudget(maxEmbedTotal-fixed, maxDescription, wants)
	for n, p := range passages {
		embeds[n].Description = escapeTruncated(p.Text, budgets[n])
	}
	return embeds
}

// autocomplete offers the speakers whose label, name or role contains what was typed,
// those starting with it first.
func (b *Bot) autocomplete(data discordgo.ApplicationCommandInteractionData) *discordgo.InteractionResponse {
	typed := ""
	for _, o := range data.Options {
		if o.Focused {
			typed, _ = o.Value.(string)
		}
	}
	typed = strings.ToLower(strings.TrimSpace(typed))
	type match struct {
		idx    int
		prefix bool
	}
	var matches []match
	for i, s := range b.engine.Speakers() {
		label := strings.ToLower(s.Label())
		if typed == "" || strings.Contains(label, typed) || strings.Contains(strings.ToLower(s.Role), typed) {
			matches = append(matches, match{i, strings.HasPrefix(label, typed)})
		}
	}
	sort.SliceStable(matches, func(a, c int) bool { return matches[a].prefix && !matches[c].prefix })

	choices := []*discordgo.ApplicationCommandOptionChoice{}
	speakers := b.engine.Speakers()
	for _, m := range matches[:min(len(matches), maxChoices)] {
		s := speakers[m.idx]
		value := s.Label()
		if textLen(value) > maxChoiceValue {
			value = speakerValuePrefix + strconv.Itoa(m.idx) + ":" + labelHash(s.Label())
		}
		choices = append(choices, &discordgo.ApplicationCommandOptionChoice{
			Name:  truncate(describeSpeaker(s), maxChoiceName),
			Value: value,
		})
	}
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: choices},
	}
}

// labelHash is a short fingerprint of a speaker label for custom IDs.
func labelHash(label string) string {
	h := fnv.New32a()
	h.Write([]byte(strings.ToLower(label)))
	return fmt.Sprintf("%08x", h.Sum32())
}

// parseQuotesID reads a paging button's custom ID.
func parseQuotesID(id string) (page, idx int, hash string, ok bool) {
	rest, found := strings.CutPrefix(id, quotesIDPrefix)
	if !found {
		return 0, 0, "", false
	}
	p, ref, found := strings.Cut(rest, ":")
	page, err := strconv.Atoi(p)
	if !found || err != nil || page < 0 {
		return 0, 0, "", false
	}
	if idx, hash, ok = parseSpeakerRef(ref); !ok {
		return 0, 0, "", false
	}
	return page, idx, hash, true
}

// parseSpeakerRef reads "<index>:<label hash>".
func parseSpeakerRef(ref string) (idx int, hash string, ok bool) {
	i, hash, found := strings.Cut(ref, ":")
	idx, err := strconv.Atoi(i)
	if !found || err != nil || idx < 0 || len(hash) != 8 {
		return 0, "", false
	}
	return idx, hash, true
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
