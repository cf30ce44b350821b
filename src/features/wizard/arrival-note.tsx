import { Link } from 'react-router';

interface Props {
  readonly code: string;
  readonly stepLabel: string;
  readonly answersGiven: number;
  /** The first step's address. */
  readonly startPath: string;
}

/**
 * Shown when someone opens a link straight to a step part-way through (a bookkeeper's or an
 * agent's link): where they are, that earlier answers were given for them, and a way back.
 */
export function ArrivalNote({ code, stepLabel, answersGiven, startPath }: Props) {
  const answers = answersGiven === 1 ? '1 answer was' : `${answersGiven} answers were`;
  return (
    <aside className="notice arrival-note" aria-label="Where this link has taken you">
      <p>
        This link opens the Error {code} guide at <strong>{stepLabel.toLowerCase()}</strong>.{' '}
        {answers} already given for you: you can read them under “Your answers so far” below, and
        change any of them.
      </p>
      <p>
        <Link to={startPath}>Start the guide from the beginning instead</Link>
      </p>
    </aside>
  );
}
