// How long one chat message (typed or spoken) may be: the chat and voice schemas refuse longer ones, and the browser
// trims a spoken line to it. A module of its own so the browser does not load the schemas' messages.
export const maxMessageCharacters = 4_000;
