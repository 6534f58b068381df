// Sign-out on a shared phone (docs/decisions/034): before the post, the device is cleared of the
// signed-in person's day — the queue of unsynced saves, the drafts and the service worker's copy
// of 今日检查. Saves still waiting are not dropped unasked: the menu says how many and offers to go
// and sync them (今日检查 replays them) or to discard them and sign out. Without JavaScript the
// form posts as it is.
import { Form, Link } from "@remix-run/react";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { allSaves, clearDevice } from "../lib/offline-queue.ts";

export function SignOut() {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const [waiting, setWaiting] = useState(0);
  const [busy, setBusy] = useState(false);
  const signOut = async () => {
    setBusy(true);
    await clearDevice();
    formRef.current?.submit();
  };
  return (
    <Form
      ref={formRef}
      method="post"
      action="/logout"
      reloadDocument
      onSubmit={(event) => {
        event.preventDefault();
        void allSaves()
          .catch(() => [])
          .then((saves) => (saves.length > 0 ? setWaiting(saves.length) : signOut()));
      }}
    >
      {waiting > 0 ? (
        <div role="alert" className="sign-out-warning" data-testid="sign-out-warning">
          <p>{t("shell.logoutQueued", { count: waiting })}</p>
          <Link to="/app/today" onClick={() => setWaiting(0)}>
            {t("shell.logoutSync")}
          </Link>{" "}
          <button type="button" className="danger" disabled={busy} onClick={() => void signOut()}>
            {t("shell.logoutDiscard")}
          </button>
        </div>
      ) : (
        <button type="submit" disabled={busy}>
          {t("shell.logout")}
        </button>
      )}
    </Form>
  );
}
