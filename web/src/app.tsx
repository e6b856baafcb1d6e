import { useEffect, useState, type ReactNode } from 'react';
import { configureApi, execute } from './api';
import {
  beginCognitoSignIn,
  completeCognitoSignIn,
  currentSession,
  localIdentities,
  signIn,
  signOut,
  type LocalIdentity,
  type Session,
} from './auth/session';
import { loadConfig, type ConsoleConfig } from './config';
import { graphql } from './gql';
import { ROLE, useLang, useNamer, useWords } from './i18n';
import type { Role } from './gql/graphql';
import { CityScreen } from './screens/city';
import { EvaluatorScreen } from './screens/evaluator';
import { InboxLink, InboxScreen } from './screens/inbox';
import { OfficeScreen } from './screens/office';
import { SuperiorScreen } from './screens/superior';
import { useLoad } from './ui/hooks';
import { ErrorBox, Progress } from './ui/parts';

const Me = graphql(`
  query ConsoleMe {
    me {
      id
      displayName
      role
      cluster {
        id
        name
        localName
        mode
      }
      city {
        id
        name
        localName
      }
    }
  }
`);

export function App() {
  const [config, setConfig] = useState<ConsoleConfig | null>(null);
  const [session, setSession] = useState<Session | null>(() => currentSession());
  const [error, setError] = useState<Error | undefined>();
  const [inboxOpen, setInboxOpen] = useState(false);
  // Bumped when the inbox marks something read, so the header counts the unread ones again.
  const [inboxChanges, setInboxChanges] = useState(0);

  useEffect(() => {
    loadConfig()
      .then(async (loaded) => {
        configureApi({
          url: loaded.apiUrl,
          token: () => currentSession()?.token ?? null,
          unauthenticated: () => {
            signOut();
            setSession(null);
          },
        });
        if (loaded.auth.mode === 'cognito') {
          const returned = await completeCognitoSignIn(loaded.auth);
          if (returned) setSession(returned);
        }
        setConfig(loaded);
      })
      .catch((caught: unknown) => setError(caught instanceof Error ? caught : new Error(String(caught))));
  }, []);

  return (
    <div className="app">
      <TopBar
        session={session}
        inbox={
          config &&
          session && (
            <InboxLink
              key={session.sub}
              refresh={inboxChanges}
              open={inboxOpen}
              onOpen={() => setInboxOpen((open) => !open)}
            />
          )
        }
        onSignOut={() => (signOut(), setSession(null), setInboxOpen(false))}
      />
      <main>
        <ErrorBox error={error} />
        {!config && !error && <Progress />}
        {config && !session && <SignIn config={config} onSignedIn={setSession} />}
        {config && session && inboxOpen && (
          <InboxScreen key={session.sub} onChanged={() => setInboxChanges((value) => value + 1)} />
        )}
        {config && session && !inboxOpen && <Home key={session.sub} />}
      </main>
    </div>
  );
}

/** A role as the session or the sign-in list holds it (a plain string), as a word; an unknown one as it is. */
function useRoleWord() {
  const word = useWords();
  return (role: string) => (Object.hasOwn(ROLE, role) ? word(ROLE, role as Role) : role);
}

function TopBar({
  session,
  inbox,
  onSignOut,
}: {
  session: Session | null;
  /** The inbox link with its unread badge, once signed in. */
  inbox: ReactNode;
  onSignOut: () => void;
}) {
  const { lang, setLang, t } = useLang();
  const roleWord = useRoleWord();
  return (
    <header className="topbar">
      <strong>{t('appName')}</strong>
      <nav>
        {session && (
          <span className="who" data-testid="signed-in-as">
            {session.displayName} · {roleWord(session.role)}
          </span>
        )}
        {inbox}
        <a href="/graphql" target="_blank" rel="noreferrer">
          {t('ide')}
        </a>
        <button type="button" className="link" onClick={() => setLang(lang === 'en' ? 'zh' : 'en')}>
          {t('language')}
        </button>
        {session && (
          <button type="button" className="link" onClick={onSignOut}>
            {t('signOut')}
          </button>
        )}
      </nav>
    </header>
  );
}

function SignIn({ config, onSignedIn }: { config: ConsoleConfig; onSignedIn: (session: Session) => void }) {
  const { t } = useLang();
  const roleWord = useRoleWord();
  const identities = useLoad<LocalIdentity[]>(
    () => (config.auth.mode === 'local' ? localIdentities() : Promise.resolve([])),
    config.auth.mode,
  );
  if (config.auth.mode === 'cognito') {
    const auth = config.auth;
    return (
      <section className="panel signin">
        <h1>{t('signIn')}</h1>
        <button type="button" className="primary" onClick={() => void beginCognitoSignIn(auth)}>
          {t('signInCognito')}
        </button>
      </section>
    );
  }
  return (
    <section className="panel signin" data-testid="sign-in">
      <h1>{t('signIn')}</h1>
      <p>{t('signInAs')}</p>
      <ErrorBox error={identities.error} />
      {identities.loading && <Progress />}
      <ul className="identities">
        {identities.data?.map((identity) => (
          <li key={identity.sub}>
            <button type="button" onClick={() => onSignedIn(signIn(identity.token))}>
              {identity.name}
            </button>{' '}
            <span className="muted">{roleWord(identity.role)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Home() {
  const name = useNamer();
  const me = useLoad(() => execute(Me), 'me');
  if (me.error) return <ErrorBox error={me.error} />;
  if (!me.data) return <Progress />;
  const { role, cluster, city } = me.data.me;
  return (
    <>
      <h1 className="title">
        {cluster ? name(cluster) : ''}
        {city ? ` · ${name(city)}` : ''}
      </h1>
      {role === 'COORDINATOR' && cluster && <OfficeScreen clusterId={cluster.id} />}
      {role === 'CITY' && cluster && city && <CityScreen clusterId={cluster.id} cityId={city.id} />}
      {role === 'EVALUATOR' && cluster && <EvaluatorScreen clusterId={cluster.id} />}
      {role === 'SUPERIOR' && <SuperiorScreen />}
    </>
  );
}
