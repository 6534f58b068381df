import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import type { ShouldRevalidateFunction } from "@remix-run/react";
import {
  Form,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useLocation,
  useRouteLoaderData,
} from "@remix-run/react";
import { useMemo } from "react";
import { I18nextProvider, useTranslation } from "react-i18next";
import { DEFAULT_LOCALE, type Locale } from "@anzhi/contracts";
import { createI18n } from "./i18n/index.ts";
import { messagesFor } from "./i18n/messages.server.ts";
import { getLocale } from "./lib/locale.server.ts";
import { ErrorPanel } from "./components/ErrorPanel.tsx";
import { useNonce } from "./lib/nonce.ts";
import styles from "./styles/app.css?url";

// Icons and the web app manifest are static files in public/ (served at the site root).
export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.ico", sizes: "48x48" },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
  { rel: "apple-touch-icon", href: "/apple-touch-icon.png" },
  { rel: "manifest", href: "/manifest.webmanifest" },
];

/** The request's locale and only its messages: the browser never receives the other tree. */
export async function loader({ request }: LoaderFunctionArgs) {
  const locale = getLocale(request);
  return { locale, messages: messagesFor(locale) };
}

/** The messages change only with the language toggle; other submissions need not re-send them. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ formAction, defaultShouldRevalidate }) =>
  formAction === "/locale" || (formAction === undefined && defaultShouldRevalidate);

function LanguageToggle({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  const location = useLocation();
  const next: Locale = locale === "en" ? "zh-CN" : "en";
  return (
    <Form method="post" action="/locale" className="lang-toggle">
      <input type="hidden" name="locale" value={next} />
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <button type="submit" aria-label={`${t("app.language")}: ${t("app.switchTo")}`} lang={next}>
        {t("app.switchTo")}
      </button>
    </Form>
  );
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const locale = data?.locale ?? DEFAULT_LOCALE;
  const messages = data?.messages;
  const i18n = useMemo(() => createI18n(locale, messages), [locale, messages]);
  const nonce = useNonce();
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#0f5132" />
        <Meta />
        <Links />
      </head>
      <body>
        <I18nextProvider i18n={i18n}>
          <Shell locale={locale}>{children}</Shell>
        </I18nextProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

function Shell({ locale, children }: { locale: Locale; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className="site-header">
        <a href="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            安
          </span>
          <span>
            <strong>{t("app.name")}</strong>
            <small>{t("app.tagline")}</small>
          </span>
        </a>
        <LanguageToggle locale={locale} />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">{t("app.footer")}</footer>
    </>
  );
}

export default function App() {
  useLoaderData<typeof loader>();
  return <Outlet />;
}

export function ErrorBoundary() {
  return <ErrorPanel home="/" />;
}
