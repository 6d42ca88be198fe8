package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/articlebot/articlebot/retrieval"
)

// respond turns one interaction into its one response. It never returns nil and never
// panics: a panic in a handler becomes a short private error, logged with its stack.
func (b *Bot) respond(ctx context.Context, i *discordgo.Interaction) (resp *discordgo.InteractionResponse) {
	start := time.Now()
	kind := interactionKind(i)
	defer func() {
		if r := recover(); r != nil {
			b.log.Error("handler panicked", "interaction", kind, "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			resp = nil
		}
		if resp == nil {
			resp = privateMessage("Something went wrong on my side answering that. It has been logged; please try again.")
		}
		b.log.Info("interaction", "interaction", kind, "user", userID(i), "guild", i.GuildID,
			"response_type", int(resp.Type), "duration", time.Since(start))
	}()

	switch i.Type {
	case discordgo.InteractionPing:
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong}
	case discordgo.InteractionApplicationCommandAutocomplete:
		// Autocomplete fires on every keystroke and only reads a list: not rate limited.
		return b.autocomplete(i.ApplicationCommandData())
	case discordgo.InteractionApplicationCommand, discordgo.InteractionMessageComponent:
	default:
		return privateMessage("I don't know how to handle that kind of interaction.")
	}

	now := b.now()
	if ok, wait := b.limiter.allow(userID(i), now); !ok {
		b.log.Info("rate limited", "user", userID(i), "retry_after", wait)
		return rateLimited(now, wait)
	}

	ctx, cancel := context.WithTimeout(ctx, b.answerTimeout)
	defer cancel()
	if i.Type == discordgo.InteractionMessageComponent {
		return b.onComponent(ctx, i)
	}
	data := i.ApplicationCommandData()
	switch data.Name {
	case cmdAsk:
		return b.onAsk(ctx, data)
	case cmdAskMessage:
		return b.onAskMessage(ctx, data)
	case cmdQuotes:
		return b.onQuotes(data)
	case cmdArticle:
		return b.onArticle()
	case cmdHelp:
		return b.onHelp()
	}
	return privateMessage(fmt.Sprintf("I don't know the command %q; it may have been removed.", truncate(data.Name, 100)))
}

// onComponent routes a button press by the prefix of its custom ID.
func (b *Bot) onComponent(ctx context.Context, i *discordgo.Interaction) *discordgo.InteractionResponse {
	id := i.MessageComponentData().CustomID
	switch {
	case strings.HasPrefix(id, moreIDPrefix):
		return b.onMore(ctx, id, i.Message)
	case strings.HasPrefix(id, quotesIDPrefix):
		return b.onQuotesPage(id)
	}
	return privateMessage("That button no longer does anything; run the command again.")
}

// interactionKind names an interaction for logs: the command or the button's ID prefix.
// Never the token, which lets anyone answer in the interaction's name.
func interactionKind(i *discordgo.Interaction) string {
	switch i.Type {
	case discordgo.InteractionPing:
		return "ping"
	case discordgo.InteractionApplicationCommand, discordgo.InteractionApplicationCommandAutocomplete:
		if d, ok := i.Data.(discordgo.ApplicationCommandInteractionData); ok {
			if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
				return "autocomplete:" + d.Name
			}
			return "command:" + d.Name
		}
	case discordgo.InteractionMessageComponent:
		if d, ok := i.Data.(discordgo.MessageComponentInteractionData); ok {
			prefix, _, _ := strings.Cut(d.CustomID, ":")
			return "button:" + prefix
		}
	}
	return fmt.Sprintf("type:%d", i.Type)
}

// userID is who made the interaction: the member in a server, the user in a DM.
func userID(i *discordgo.Interaction) string {
	switch {
	case i.Member != nil && i.Member.User != nil:
		return i.Member.User.ID
	case i.User != nil:
		return i.User.ID
	}
	return ""
}

// noMentions is sent with every message: nothing quoted or echoed may ping anyone.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// privateMessage is a short reply only the user sees.
func privateMessage(text string) *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Content:         truncate(text, maxContent),
			Flags:           discordgo.MessageFlagsEphemeral,
			AllowedMentions: noMentions(),
			Embeds:          []*discordgo.MessageEmbed{},
			Components:      []discordgo.MessageComponent{},
		},
	}
}

// rateLimited tells the user when to retry, in Discord's relative time (shown in their
// locale and counting down) and in seconds for clients that do not render it.
func rateLimited(now time.Time, wait time.Duration) *discordgo.InteractionResponse {
	secs := int((wait + time.Second - 1) / time.Second)
	at := now.Add(time.Duration(secs) * time.Second).Unix()
	return privateMessage(fmt.Sprintf("You're asking faster than I can answer. Try again <t:%d:R> (in %d seconds).", at, secs))
}

// questionProblem maps the errors of [retrieval.Index.Answer] to what the user is told,
// and reports whether the error was the user's.
func questionProblem(err error) (string, bool) {
	switch {
	case errors.Is(err, retrieval.ErrEmptyQuestion):
		return "Your question is empty. Ask something about the article, e.g. “What does the intelligence community believe?”", true
	case errors.Is(err, retrieval.ErrQuestionTooLong):
		return fmt.Sprintf("Your question is longer than %d characters; please shorten it.", retrieval.MaxQuestionLen), true
	case errors.Is(err, retrieval.ErrNoWords):
		return "Your question has no words I can search for; try asking with a few more words.", true
	case errors.As(err, new(*retrieval.EmbeddingError)):
		return "I can't reach the embedding model right now; please try again in a minute.", false
	case errors.Is(err, context.DeadlineExceeded):
		return "That took too long to answer; please try again.", false
	}
	return "Something went wrong answering that; please try again.", false
}

// answerError is the reply to a failed search, logged when it was not the user's doing.
func (b *Bot) answerError(err error) *discordgo.InteractionResponse {
	msg, users := questionProblem(err)
	if !users {
		b.log.Error("answer failed", slog.Any("err", err))
	}
	return privateMessage(msg)
}
