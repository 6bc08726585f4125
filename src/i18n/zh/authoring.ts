/** authoring messages (zh). */
export const messages: Record<string, string> = {
};
