package bot

import (
	"github.com/bwmarrin/discordgo"
)

// Command names as Discord shows them. The message command's name is its menu label.
const (
	cmdAsk        = "ask"
	cmdQuotes     = "quotes"
	cmdArticle    = "article"
	cmdHelp       = "help"
	cmdAskMessage = "Ask the article"
)

// Limits of the /ask options.
const (
	maxQuestionOption = 300
	defaultResults    = 3
	maxResults        = 5
)

// commands are the application commands the bot registers, in one bulk overwrite so that
// renamed or removed commands disappear from Discord too.
func commands() []*discordgo.ApplicationCommand {
	minResults := 1.0
	return []*discordgo.ApplicationCommand{
		{
			Type:        discordgo.ChatApplicationCommand,
			Name:        cmdAsk,
			Description: "Ask the article a question; the answer is the article's own words",
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type:        discordgo.ApplicationCommandOptionString,
					Name:        "question",
					Description: "What do you want to know?",
					Required:    true,
					MaxLength:   maxQuestionOption,
				},
				{
					Type:        discordgo.ApplicationCommandOptionInteger,
					Name:        "results",
					Description: "How many passages to show (1–5, default 3)",
					MinValue:    &minResults,
					MaxValue:    maxResults,
				},
				{
					Type:        discordgo.ApplicationCommandOptionBoolean,
					Name:        "private",
					Description: "Show the answer only to you",
				},
			},
		},
		{
			Type:        discordgo.ChatApplicationCommand,
			Name:        cmdQuotes,
			Description: "Everything the article quotes a person as saying",
			Options: []*discordgo.ApplicationCommandOption{
				{
					Type:         discordgo.ApplicationCommandOptionString,
					Name:         "speaker",
					Description:  "Who? Start typing a name",
					Required:     true,
					Autocomplete: true,
				},
			},
		},
		{
			Type:        discordgo.ChatApplicationCommand,
			Name:        cmdArticle,
			Description: "What article I answer from: title, author, publication, speakers",
		},
		{
			Type:        discordgo.ChatApplicationCommand,
			Name:        cmdHelp,
			Description: "What I can do",
		},
		{
			// Message commands have no description or options: Discord rejects them.
			Type: discordgo.MessageApplicationCommand,
			Name: cmdAskMessage,
		},
	}
}

// registerCommands replaces every command of the application with [commands]: in the
// guild when guildID is set (visible at once, for development), else globally.
func registerCommands(s *discordgo.Session, appID, guildID string, opts ...discordgo.RequestOption) error {
	_, err := s.ApplicationCommandBulkOverwrite(appID, guildID, commands(), opts...)
	return err
}
