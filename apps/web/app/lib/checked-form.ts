// A form the browser checks with its route's intent schema (`routes/<route>.form.ts`, the one its
// action parses with `parseForm`) before it posts: Conform's `useForm` with `parseWithZod`, the
// issues worded from the contracts catalogue in the page's language — the same words the server
// would answer with. A refused form is not posted; the server still checks everything it receives.
import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { DEFAULT_LOCALE, Locale, localizeIssue } from "@anzhi/contracts";

/** "decisions[0].content" → "decisions.0.content", the server's `FormError.fields` spelling. */
const dotted = (name: string) => name.replace(/\[(\d+)\]/g, ".$1");

export interface CheckedForm {
  /** Spread on the `<Form>`: its id, `noValidate` and the submit check. */
  props: ReturnType<typeof getFormProps>;
  /** The message for a field (dotted path, as the server names it): the browser's check, else the server's. */
  errorOf: (path: string) => string | undefined;
}

export function useCheckedForm(schema: z.ZodType, serverFields: Readonly<Record<string, string>> = {}): CheckedForm {
  const { i18n } = useTranslation();
  const locale = Locale.safeParse(i18n.language).data ?? DEFAULT_LOCALE;
  const [form] = useForm({
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) =>
      parseWithZod(formData, {
        schema,
        formatError: (issues: z.core.$ZodIssue[]) => issues.map((issue) => localizeIssue(issue, locale)),
      }),
  });
  const client: Record<string, string> = {};
  for (const [name, messages] of Object.entries(form.allErrors)) {
    const first = messages[0];
    if (first !== undefined) client[dotted(name)] ??= first;
  }
  return { props: getFormProps(form), errorOf: (path) => client[path] ?? serverFields[path] };
}
