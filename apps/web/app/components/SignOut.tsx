// Sign-out on a shared phone (docs/decisions/034): before the post, the device is cleared of the
// signed-in person's day — the queue of unsynced saves, the drafts and the service worker's copy
// of 今日检查. Saves still waiting are not dropped unasked: the menu says how many and offers to
// sync them and then sign out (今日检查 replays them and signs out once none waits) or to discard
// them and sign out. Without JavaScript the form posts as it is.
import { Form, useLocation, useNavigate } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { allSaves, askSignOutAfterSync, signOutNow } from "../lib/offline-queue.ts";

export function SignOut() {
  const { t } = useTranslation();
  const [waiting, setWaiting] = useState(0);
  const [busy, setBusy] = useState(false);
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const signOut = async () => {
    setBusy(true);
    await signOutNow();
  };
  const syncThenSignOut = (menu: HTMLDetailsElement | null) => {
    askSignOutAfterSync(true);
    setWaiting(0);
    if (menu) menu.open = false;
    if (pathname !== "/app/today") navigate("/app/today");
  };
  return (
    <Form
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
          <button type="button" onClick={(event) => syncThenSignOut(event.currentTarget.closest("details"))}>
            {t("shell.logoutSync")}
          </button>{" "}
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
