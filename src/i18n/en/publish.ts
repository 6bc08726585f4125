/** publish messages (en). */
export const messages: Record<string, string> = {
};
