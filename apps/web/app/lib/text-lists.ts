// Lists typed into one text box (standards, legal basis): split on semicolons (half/full width)
// and new lines.
export const BASIS_SPLIT = /[;；\n]+/;

export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(BASIS_SPLIT)
        .map((s) => s.trim())
        .filter((s) => s !== ""),
    ),
  ];
}
