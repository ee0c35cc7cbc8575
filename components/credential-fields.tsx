// The labelled fields of the log-in and register forms in both stores: one markup, so the labels ("Email",
// "Password": a public contract that tests and screen-reader users find the fields by), the autofill hints and
// the ids are the same everywhere. Each form wires the value its own way: the monolith's server-rendered
// forms pass a defaultValue (they work with JavaScript off), the SPA a controlled value and onChange.
import { useTranslations } from "next-intl";
import type { InputHTMLAttributes, ReactNode } from "react";

/** Which form the field is in: it names the ids (`login-email`) and picks the browser's autofill hint. */
type Purpose = "login" | "register";
type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className" | "children">;

export function LabelledInput({ id, label, hint, ...input }: InputProps & { id: string; label: string; hint?: ReactNode }) {
  const hintId = `${id}-hint`;
  return (
    <div>
      <label htmlFor={id} className="label">
        {label}
      </label>
      <input id={id} className="input" aria-describedby={hint ? hintId : undefined} {...input} />
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-stone-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

// Labels and placeholders are message keys in the "auth" namespace (messages/en.ts, messages/zh-CN.ts).
const CREDENTIALS = {
  email: { label: "email", type: "email", placeholder: "emailPlaceholder", autoComplete: { login: "username", register: "email" } },
  password: {
    label: "password",
    type: "password",
    placeholder: undefined,
    autoComplete: { login: "current-password", register: "new-password" },
  },
} as const;

/** The "Email" or "Password" field of a log-in or register form. */
export function CredentialField({
  kind,
  purpose,
  ...input
}: InputProps & { kind: keyof typeof CREDENTIALS; purpose: Purpose; hint?: ReactNode }) {
  const t = useTranslations("auth");
  const spec = CREDENTIALS[kind];
  return (
    <LabelledInput
      id={`${purpose}-${kind}`}
      label={t(spec.label)}
      name={kind}
      type={spec.type}
      autoComplete={spec.autoComplete[purpose]}
      required
      placeholder={spec.placeholder ? t(spec.placeholder) : undefined}
      {...input}
    />
  );
}
