import { site } from '../../content/runtime/app-content.ts';

/** One line for the footer, linking to this page. */
export const PRIVACY_SUMMARY =
  'We count which steps help, anonymously: no cookies, no addresses, nothing you type.';

/**
 * The privacy page: what is counted when this site's server accepts outcome events, what is
 * never stored, and how a browser's Global Privacy Control or Do Not Track turns it off.
 * (Routes and the footer link are wired in src/app.)
 */
export function PrivacyPage() {
  return (
    <div className="stack">
      <h1>Privacy</h1>
      <p className="lede">
        {site.name} has no accounts, no advertising and no cookies. What you type stays in your
        browser.
      </p>

      <section className="stack" aria-labelledby="counted-title">
        <h2 id="counted-title">What is counted</h2>
        <p>
          When the site you are using runs {site.name}’s own server, your browser sends short,
          anonymous notes as you go through a guide, so that the people who run the site can see
          which steps help, which questions confuse and where people give up:
        </p>
        <ul>
          <li>that a guide was started, and for which error;</li>
          <li>that “Payroll or a filing due within a day?” was opened on an error’s page;</li>
          <li>which situation you chose on an error’s page (“Which of these sounds like you?”);</li>
          <li>each step shown, and the answer you chose;</li>
          <li>going back, changing an answer, or starting over;</li>
          <li>your answers to “Did this fix it?” and “Was this helpful?”;</li>
          <li>whether the page was in owner or support-agent mode.</li>
        </ul>
        <p>
          The notes from one walk through a guide share a random number made for that walk. It is
          kept in this browser tab only, and replaced when you start the guide again, after two
          hours without use, or when you close the tab, so it cannot link one walk or visit to
          another. Only the people who run the site can see the totals.
        </p>
      </section>

      <section className="stack" aria-labelledby="never-title">
        <h2 id="never-title">What is never stored</h2>
        <ul>
          <li>
            your IP address (the server uses it for a moment to slow down floods of requests, then
            forgets it);
          </li>
          <li>your browser or device;</li>
          <li>cookies, or any identifier kept in your browser;</li>
          <li>the exact time (only the hour is kept);</li>
          <li>anything you type: searches, notes and call summaries stay on your device.</li>
        </ul>
      </section>

      <section className="stack" aria-labelledby="nothing-title">
        <h2 id="nothing-title">If you would rather send nothing</h2>
        <p>
          If your browser sends Global Privacy Control or Do Not Track, {site.name} sends nothing at
          all. A copy of {site.name} on a plain web host, without its server, sends nothing either.
        </p>
      </section>

      <section className="stack" aria-labelledby="browser-title">
        <h2 id="browser-title">What stays in your browser</h2>
        <p>
          Your place in a guide, the steps you ticked, your notes and your “Was this helpful?”
          answers are saved in this browser so that you can pick up where you left off. They are not
          sent anywhere. Clearing this site’s data in your browser removes them.
        </p>
      </section>
    </div>
  );
}
