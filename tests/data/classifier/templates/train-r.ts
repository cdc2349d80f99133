// Labelled classifier families by an independent author ("r"): software engineering and IT traffic —
// coding agents, CI and release bots, on-call helpers, database and cloud administration, security
// review, data pipelines. Rows are built deterministically from `rng` and the variant index.
import {
  type Family, type Lang, type Rng, sys, user, say, calls, result, exchange, tool, jsonSchema,
  str, num, int, bool, oneOf, list, obj, langAt, t, pad,
} from './kit';
import type { ChatMessage } from '../../../../src/core/types';

const nth = <T>(items: readonly T[], i: number): T => items[i % items.length]!;
const hex = (rng: Rng, n: number): string => Array.from({ length: n }, () => '0123456789abcdef'[rng.int(0, 15)]).join('');
const b36 = (rng: Rng, n: number): string => Array.from({ length: n }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[rng.int(0, 35)]).join('');
const upper = (rng: Rng, n: number): string => Array.from({ length: n }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[rng.int(0, 31)]).join('');
const hhmm = (minutes: number): string => `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;

// ───────────────────────────── simple_reflex ─────────────────────────────

const ciBucket: Family = {
  id: 'wr-sr-ci-failure-bucket', label: 'simple_reflex', difficulty: 'easy', variants: 5,
  rationale: 'One failed job excerpt is mapped straight to a fixed failure bucket and owning team; no earlier jobs, no plan and no weighing of options are involved.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'ja', 'en', 'fr'], i);
    const job = rng.int(100000, 999999);
    const repo = rng.pick(['payments-monorepo', 'atlas', 'web-platform', 'ingest-workers', 'mobile-bff']);
    const ln = rng.int(40, 400);
    const excerpts = [
      `npm ERR! code ETARGET\nnpm ERR! notarget No matching version found for @acme/ui-kit@^4.${rng.int(2, 9)}.0.\nnpm ERR! notarget In most cases you or one of your dependencies are requesting\nnpm ERR! notarget a package version that doesn't exist.`,
      `   Compiling ledger v0.${rng.int(3, 9)}.1 (/builds/${repo}/crates/ledger)\nerror[E0308]: mismatched types\n  --> crates/ledger/src/posting.rs:${ln}:17\n   |\n${ln} |     let total: u64 = entries.iter().map(|e| e.amount).sum::<i64>();\n   |                ---   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ expected \`u64\`, found \`i64\`\nerror: could not compile \`ledger\` (lib) due to 1 previous error`,
      `[INFO] Running com.acme.orders.OrderControllerIT\n[ERROR] Tests run: ${rng.int(8, 30)}, Failures: 1, Errors: 0, Skipped: 0\n[ERROR] OrderControllerIT.createOrder_returns201:${ln} expected:<201> but was:<409>\n[INFO] BUILD FAILURE`,
      `Run actions/cache@v4\n##[error]ENOSPC: no space left on device, write '/home/runner/work/_temp/${hex(rng, 8)}.tar'\n##[error]Process completed with exit code 1.\nRunner: gh-runner-${rng.int(10, 99)} (self-hosted, linux-x64)`,
      `=== RUN   TestSyncLoop/reconnect_after_drop\npanic: test timed out after 10m0s\n\trunning tests:\n\t\tTestSyncLoop/reconnect_after_drop (10m0s)\ngoroutine ${rng.int(20, 900)} [select, 9 minutes]:\ngithub.com/acme/${repo}/sync.(*Loop).Run(0xc000${hex(rng, 6)})`,
    ];
    const instruction = t(lang, {
      en: `CI failure router for ${repo}. Put the failed job into exactly one bucket — infra (runner, disk, network), dependency (registry, lockfile, version resolution), compile, test (assertion failures), timeout — and name the owning team: platform for infra, devex for dependency and timeout, service_owner for compile and test. Decide from the excerpt only.`,
      de: `Du verteilst fehlgeschlagene CI-Jobs für ${repo}. Ordne den Job genau einer Kategorie zu — infra (Runner, Platte, Netzwerk), dependency (Registry, Lockfile, Versionsauflösung), compile, test (fehlgeschlagene Assertions), timeout — und nenne das zuständige Team: platform für infra, devex für dependency und timeout, service_owner für compile und test. Entscheide nur anhand des Auszugs.`,
      ja: `${repo} の CI 失敗ジョブの振り分け係です。失敗したジョブを infra(ランナー・ディスク・ネットワーク)、dependency(レジストリ・ロックファイル・バージョン解決)、compile、test(アサーション失敗)、timeout のどれか一つに振り分け、担当チームを答えてください。infra は platform、dependency と timeout は devex、compile と test は service_owner です。ログの抜粋だけで判断してください。`,
      fr: `Tu répartis les jobs CI en échec du dépôt ${repo}. Range le job dans une seule catégorie — infra (runner, disque, réseau), dependency (registre, lockfile, résolution de versions), compile, test (assertions en échec), timeout — et indique l'équipe responsable : platform pour infra, devex pour dependency et timeout, service_owner pour compile et test. Décide uniquement à partir de l'extrait.`,
    });
    return {
      lang,
      messages: [sys(instruction), user(`job #${job} — ${repo}\n\n${nth(excerpts, i)}`)],
      response_format: jsonSchema('ci_bucket', {
        bucket: oneOf('infra', 'dependency', 'compile', 'test', 'timeout'),
        owner_team: oneOf('platform', 'devex', 'service_owner'),
        evidence_line: str,
      }),
      max_tokens: 120,
      temperature: 0,
    };
  },
};

const secretHook: Family = {
  id: 'wr-sr-secret-push-hook', label: 'simple_reflex', difficulty: 'medium', variants: 4,
  rationale: 'A pre-receive hook judges one pushed hunk against a fixed credential policy and answers with a single status call; nothing carries over between pushes.',
  make: (rng, i) => {
    const lang = langAt(['es', 'en', 'pt', 'en'], i);
    const policy = t(lang, {
      en: 'You are the pre-receive secret check for the GitLab instance. Block a push whose ADDED lines contain a live-looking credential: AWS access key ids (AKIA + 16 chars), PEM private key blocks, GitHub tokens (ghp_), Slack bot tokens (xoxb-). Allowed: values in *.example files, and values starting with "dummy" or "test_" under tests/. Report with set_push_status exactly once.',
      es: 'Eres la comprobación de secretos pre-receive del GitLab interno. Bloquea el push si alguna línea AÑADIDA contiene una credencial con pinta de real: IDs de clave de acceso de AWS (AKIA + 16 caracteres), bloques de clave privada PEM, tokens de GitHub (ghp_), tokens de bot de Slack (xoxb-). Se permiten los valores en ficheros *.example y los que empiezan por "dummy" o "test_" dentro de tests/. Responde con set_push_status una sola vez.',
      pt: 'Você é a verificação de segredos pre-receive do GitLab interno. Bloqueie o push se alguma linha ADICIONADA tiver uma credencial com cara de real: IDs de chave de acesso AWS (AKIA + 16 caracteres), blocos de chave privada PEM, tokens do GitHub (ghp_), tokens de bot do Slack (xoxb-). São permitidos valores em arquivos *.example e valores que começam com "dummy" ou "test_" dentro de tests/. Responda com set_push_status uma única vez.',
    });
    const who = rng.pick(['mrojas', 'l.ferreira', 'akane.s', 'dpatel', 'jkowalski']);
    const hunks = [
      `diff --git a/deploy/terraform/providers.tf b/deploy/terraform/providers.tf\n@@ -4,6 +4,8 @@ provider "aws" {\n   region = "eu-west-1"\n+  access_key = "AKIA${upper(rng, 16)}"\n+  secret_key = "${b36(rng, 40)}"\n }`,
      `diff --git a/tests/fixtures/slack_client_test.py b/tests/fixtures/slack_client_test.py\n@@ -1,3 +1,5 @@\n import pytest\n+SLACK_TOKEN = "test_xoxb-000000000000-fake"\n+CHANNEL = "#ci-${rng.pick(['alerts', 'builds', 'releases'])}"`,
      `diff --git a/config/.env.example b/config/.env.example\n@@ -7,3 +7,6 @@ DATABASE_URL=postgres://localhost:5432/app\n+GITHUB_TOKEN=ghp_your_token_here\n+STRIPE_KEY=\n+SENTRY_DSN=`,
      `diff --git a/scripts/ssh/bastion_key b/scripts/ssh/bastion_key\nnew file mode 100600\n@@ -0,0 +1,4 @@\n+-----BEGIN OPENSSH PRIVATE KEY-----\n+b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n+${b36(rng, 60)}\n+-----END OPENSSH PRIVATE KEY-----`,
    ];
    return {
      lang,
      messages: [sys(policy), user(`push by ${who} to refs/heads/${rng.pick(['main', 'feature/billing-export', 'fix/retry-loop', 'release/3.12'])}\n\n${nth(hunks, i)}`)],
      tools: [tool('set_push_status', 'Accept or reject the push.', {
        status: oneOf('accept', 'reject'),
        reason: { type: 'string', description: 'Short reason shown to the pusher.' },
      })],
      tool_choice: { type: 'function', function: { name: 'set_push_status' } },
      temperature: 0,
    };
  },
};

const alertGate: Family = {
  id: 'wr-sr-alert-pager-gate', label: 'simple_reflex', difficulty: 'easy', variants: 5,
  rationale: 'A single alert payload is mapped to page, ticket or drop from its severity and environment alone, a condition-action reply in a few tokens.',
  make: (rng, i) => {
    const lang = langAt(['en', 'zh', 'en', 'fr', 'de'], i);
    const instruction = t(lang, {
      en: 'Pager gate. critical on prod → page. warning on prod, or critical on staging → ticket. Anything else → drop. Alerts with silenced=true → drop. Reply with one word.',
      zh: '你是告警分派闸门。prod 环境的 critical → page；prod 的 warning 或 staging 的 critical → ticket；其他一律 drop。silenced=true 的告警直接 drop。只回复一个英文单词。',
      fr: "Filtre d'astreinte. critical en prod → page. warning en prod, ou critical en staging → ticket. Tout le reste → drop. Une alerte avec silenced=true → drop. Réponds par un seul mot.",
      de: 'Pager-Filter. critical in prod → page. warning in prod oder critical in staging → ticket. Alles andere → drop. Alarme mit silenced=true → drop. Antworte mit genau einem Wort.',
    });
    const names = ['KubePodCrashLooping', 'PostgresReplicationLagHigh', 'HighErrorRate5xx', 'DiskWillFillIn4Hours', 'CertificateExpiringSoon', 'KafkaConsumerLagHigh'];
    const envs = ['prod', 'staging', 'dev', 'prod', 'staging'];
    const sev = ['critical', 'warning', 'critical', 'info', 'critical'];
    const alert = {
      status: 'firing',
      labels: {
        alertname: nth(names, i + rng.int(0, 5)), severity: nth(sev, i), env: nth(envs, i),
        namespace: rng.pick(['checkout', 'identity', 'search', 'data-platform']), cluster: `${nth(envs, i)}-${rng.pick(['euw1', 'use1', 'apse1'])}`,
      },
      annotations: { summary: `${rng.int(2, 40)} events in the last ${rng.pick([5, 10, 15])}m` },
      silenced: i === 4,
      startsAt: `2024-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}T${pad(rng.int(0, 23))}:${pad(rng.int(0, 59))}:00Z`,
    };
    return {
      lang,
      messages: [sys(instruction), user(JSON.stringify(alert, null, 1))],
      max_tokens: 3,
      temperature: 0,
    };
  },
};

const replicaGuard: Family = {
  id: 'wr-sr-readonly-sql-guard', label: 'simple_reflex', difficulty: 'medium', variants: 4,
  rationale: 'The proxy admits or refuses one SQL statement by whether it only reads; the answer depends on that statement alone.',
  make: (rng, i) => {
    const lang = langAt(['pt', 'en', 'ja', 'en'], i);
    const instruction = t(lang, {
      en: 'You sit in front of a read-only Postgres replica used by analysts. Reply ALLOW if the statement cannot change data, schema, locks or sequences; otherwise reply DENY. One word.',
      pt: 'Você fica na frente de uma réplica Postgres somente leitura usada pelos analistas. Responda ALLOW se o comando não puder alterar dados, esquema, locks ou sequências; caso contrário responda DENY. Uma palavra só.',
      ja: 'あなたはアナリスト用の読み取り専用 Postgres レプリカの前段にいます。データ・スキーマ・ロック・シーケンスを変更しえない文なら ALLOW、そうでなければ DENY と一語で答えてください。',
    });
    const days = rng.int(7, 90);
    const stmts = [
      `WITH recent AS (\n  SELECT customer_id, sum(amount_cents) AS spent\n  FROM payments WHERE created_at > now() - interval '${days} days'\n  GROUP BY 1\n)\nSELECT c.country, count(*), avg(r.spent)\nFROM recent r JOIN customers c USING (customer_id)\nGROUP BY 1 ORDER BY 3 DESC LIMIT ${rng.int(10, 50)};`,
      `WITH stale AS (\n  DELETE FROM sessions WHERE last_seen < now() - interval '${days} days' RETURNING user_id\n)\nSELECT count(DISTINCT user_id) FROM stale;`,
      `SELECT id, status FROM jobs WHERE queue = '${rng.pick(['exports', 'emails', 'reindex'])}' AND status = 'pending' ORDER BY id LIMIT ${rng.int(5, 100)} FOR UPDATE SKIP LOCKED;`,
      `SELECT nextval('invoice_number_seq');`,
    ];
    return {
      lang,
      messages: [sys(instruction), user(nth(stmts, i))],
      max_tokens: 2,
      temperature: 0,
    };
  },
};

const wafStream: Family = {
  id: 'wr-sr-waf-line-verdict', label: 'simple_reflex', secondary: 'model_based_reflex', difficulty: 'hard', variants: 4,
  rationale: 'Each access-log line is judged on its own request signature as the operator instructs, though the running history of the stream invites reading it as a multi-step picture of an attack.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'en', 'ja'], i);
    const instruction = t(lang, {
      en: 'Inline WAF helper. One nginx access-log line per message. Reply "block" if the request line itself carries SQL injection, path traversal, or a known scanner user agent (sqlmap, nikto, nuclei); otherwise "allow". Judge every line on its own — rate limiting is handled elsewhere.',
      de: 'Inline-WAF-Helfer. Pro Nachricht eine nginx-Access-Log-Zeile. Antworte "block", wenn die Anfragezeile selbst SQL-Injection, Path-Traversal oder einen bekannten Scanner-User-Agent (sqlmap, nikto, nuclei) enthält, sonst "allow". Beurteile jede Zeile für sich — Rate-Limiting erledigt ein anderes System.',
      ja: 'インライン WAF 補助です。1 メッセージにつき nginx のアクセスログ 1 行が届きます。リクエスト行そのものに SQL インジェクション、パストラバーサル、既知のスキャナ UA (sqlmap, nikto, nuclei) が含まれていれば "block"、それ以外は "allow" と答えてください。各行は単独で判断すること。レート制限は別システムが担当します。',
    });
    const ip = `203.0.113.${rng.int(2, 250)}`;
    const day = pad(rng.int(1, 28));
    let clock = rng.int(0, 22 * 60);
    const ts = (): string => { clock += rng.int(0, 3); return `[${day}/Mar/2024:${hhmm(clock)}:${pad(rng.int(0, 59))} +0000]`; };
    const lines: [string, string][] = [
      [`${ip} - - TS "GET /api/v2/products?page=${rng.int(1, 9)} HTTP/1.1" 200 ${rng.int(900, 9000)} "-" "Mozilla/5.0"`, 'allow'],
      [`${ip} - - TS "GET /api/v2/products?id=1%27%20OR%20%271%27=%271 HTTP/1.1" 500 312 "-" "Mozilla/5.0"`, 'block'],
      [`${ip} - - TS "GET /static/../../etc/passwd HTTP/1.1" 400 150 "-" "curl/8.4.0"`, 'block'],
      [`${ip} - - TS "GET /api/v2/products?page=${rng.int(10, 40)} HTTP/1.1" 200 ${rng.int(900, 9000)} "-" "Mozilla/5.0"`, 'allow'],
      [`${ip} - - TS "POST /login HTTP/1.1" 401 88 "-" "python-requests/2.31"`, 'allow'],
      [`${ip} - - TS "GET /wp-admin/setup-config.php HTTP/1.1" 404 153 "-" "Nuclei - Open-source project (github.com/projectdiscovery/nuclei)"`, 'block'],
    ];
    const finals = [
      `${ip} - - TS "GET /api/v2/products?q=${rng.pick(['garden+chair', 'usb-c+hub', 'rain+jacket'])} HTTP/1.1" 200 ${rng.int(900, 9000)} "-" "Mozilla/5.0"`,
      `${ip} - - TS "GET /api/v2/search?q=union+select+password+from+users-- HTTP/1.1" 200 44 "-" "Mozilla/5.0"`,
      `${ip} - - TS "POST /login HTTP/1.1" 401 88 "-" "python-requests/2.31"`,
      `${ip} - - TS "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"`,
    ];
    const shown = rng.sample(lines, 2 + (i % 4));
    const messages: ChatMessage[] = [sys(instruction)];
    for (const [line, verdict] of shown) messages.push(user(line.replace('TS', ts())), say(verdict));
    messages.push(user(nth(finals, i).replace('TS', ts())));
    return { lang, messages, max_tokens: 2, temperature: 0 };
  },
};

// ───────────────────────────── model_based_reflex ─────────────────────────────

const rolloutWatch: Family = {
  id: 'wr-mb-rollout-watch', label: 'model_based_reflex', difficulty: 'medium', variants: 4,
  rationale: 'Successive pod listings and events each show only part of the rollout, so the agent must fold them into one current picture to report where the rollout stands.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'en', 'zh'], i);
    const svc = nth(['ledger-api', 'search-indexer', 'notif-dispatch', 'profile-svc'], i);
    const cluster = rng.pick(['prod-euw1', 'prod-use2', 'prod-apne1']);
    const n = rng.int(3, 5);
    const oldV = `1.${rng.int(10, 40)}.${rng.int(0, 9)}`;
    const newV = `1.${rng.int(41, 60)}.0`;
    const oldRs = hex(rng, 9);
    const newRs = hex(rng, 9);
    const pod = (set: string): string => `${svc}-${set}-${b36(rng, 5)}`;
    const olds = Array.from({ length: n }, () => pod(oldRs));
    const new1 = pod(newRs);
    const new2 = pod(newRs);
    const blocker = nth([
      ['0/14 nodes are available: 9 Insufficient memory, 5 node(s) had untolerated taint {dedicated: batch}.', 'FailedScheduling'],
      [`Failed to pull image "registry.internal/${svc}:${newV}": manifest unknown`, 'Failed'],
      ['pod has unbound immediate PersistentVolumeClaims', 'FailedScheduling'],
      ['Readiness probe failed: HTTP probe failed with statuscode: 503', 'Unhealthy'],
    ], i);
    const table = (rows: [string, string, string, number][]): string =>
      ['NAME READY STATUS RESTARTS', ...rows.map(([name, ready, status, r]) => `${name} ${ready} ${status} ${r}`)].join('\n');
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: `You watch Kubernetes rollouts in ${cluster} for the on-call engineer. The tools are read-only. Listings can be partial when a node is unreachable. When asked, report the rollout as JSON.`,
        de: `Du beobachtest Kubernetes-Rollouts in ${cluster} für die Rufbereitschaft. Die Tools sind nur lesend. Listen können unvollständig sein, wenn ein Node nicht erreichbar ist. Auf Nachfrage meldest du den Rollout als JSON.`,
        zh: `你在 ${cluster} 集群里为值班工程师盯 Kubernetes 发布。工具都是只读的。节点不可达时列表可能不完整。被问到时用 JSON 报告发布情况。`,
      })),
      user(t(lang, {
        en: `Rollout of ${svc} ${oldV} → ${newV} started, ${n} replicas, maxSurge 2, maxUnavailable 1. Keep an eye on it for me.`,
        de: `Rollout von ${svc} ${oldV} → ${newV} läuft, ${n} Replikas, maxSurge 2, maxUnavailable 1. Behalte das bitte für mich im Auge.`,
        zh: `${svc} 从 ${oldV} 升级到 ${newV} 的发布开始了,${n} 个副本,maxSurge 2,maxUnavailable 1。帮我盯着点。`,
      })),
    ];
    exchange(rng, messages, 'get_pods', { namespace: svc, selector: `app=${svc}` },
      table([...olds.map((o): [string, string, string, number] => [o, '1/1', 'Running', 0]), [new1, '0/1', 'ContainerCreating', 0], [new2, '0/1', 'Pending', 0]]));
    exchange(rng, messages, 'get_events', { namespace: svc, since: '2m' },
      `LAST SEEN TYPE REASON OBJECT MESSAGE\n${rng.int(20, 90)}s Warning ${blocker[1]} pod/${new2} ${blocker[0]}\n${rng.int(5, 40)}s Normal Started pod/${new1} Started container ${svc}`);
    exchange(rng, messages, 'get_pods', { namespace: svc, selector: `app=${svc}` },
      table([...olds.slice(1).map((o): [string, string, string, number] => [o, '1/1', 'Running', 0]), [olds[0]!, '0/1', 'Terminating', 0], [new1, '1/1', 'Running', 0], [new2, '0/1', 'Pending', 0]]));
    exchange(rng, messages, 'get_pods', { namespace: svc, selector: `app=${svc}` },
      `${table([...olds.slice(2).map((o): [string, string, string, number] => [o, '1/1', 'Running', 0]), [new1, '1/1', 'Running', i % 2]])}\nWarning: node ip-10-${rng.int(0, 31)}-${rng.int(0, 255)}-${rng.int(1, 254)} NotReady — ${i % 2 === 0 ? 1 : 2} pod(s) on it not listed`);
    messages.push(user(t(lang, { en: 'So where are we?', de: 'Und, wie sieht es aus?', zh: '现在什么情况?' })));
    return {
      lang, messages,
      tools: [
        tool('get_pods', 'List pods with readiness.', { namespace: str, selector: str }),
        tool('get_events', 'Recent namespace events.', { namespace: str, since: str }),
      ],
      response_format: jsonSchema('rollout_report', {
        phase: oneOf('progressing', 'stalled', 'complete', 'unknown'),
        new_ready: int, old_ready: int, unaccounted_pods: list(str), blocker: str,
      }),
      temperature: 0,
    };
  },
};

const incidentBridge: Family = {
  id: 'wr-mb-incident-bridge-notes', label: 'model_based_reflex', difficulty: 'hard', variants: 5,
  rationale: 'Bridge chatter arrives in chunks with recoveries, hand-overs and a relapse, and the question is what is broken right now and who owns it, which needs a running picture built across turns.',
  make: (rng, i) => {
    const lang = langAt(['fr', 'en', 'es', 'en', 'de'], i);
    const svcs = rng.sample(['checkout-api', 'auth-gateway', 'search', 'payments-gw', 'cdn-edge', 'orders-db', 'notifications', 'kafka-ingest'], 4);
    const people = rng.sample(['amira', 'jonas', 'keiko', 'raul', 'priya', 'tomás', 'lena', 'wei'], 6);
    const symptoms = ['5xx at 7%', 'p99 latency 4.2s', 'consumer lag 1.9M msgs', 'connection pool exhausted', 'TLS handshake errors', 'replica 40s behind'];
    let clock = rng.int(13 * 60, 20 * 60);
    const tick = (): string => { clock += rng.int(1, 6); return hhmm(clock); };
    const [a, b, c, d] = [svcs[0]!, svcs[1]!, svcs[2]!, svcs[3]!];
    const lines = [
      `${tick()} ${people[0]}: ${a} degraded, ${rng.pick(symptoms)} — I'm on it`,
      `${tick()} ${people[1]}: ${b} looks bad too, ${rng.pick(symptoms)}. taking ${b}`,
      `${tick()} ${people[2]}: ${c} alerting (${rng.pick(symptoms)}), probably downstream of ${a}`,
      `${tick()} ${people[0]}: rolled back ${a} to previous build, watching`,
      `${tick()} ${people[1]}: ${b} recovered after pool resize, back to baseline`,
      `${tick()} ${people[2]}: ${c} green again`,
      `${tick()} ${people[3]}: fyi ${d} had a blip, self-healed, nothing to do`,
      `${tick()} ${people[0]}: ${a} error rate down but not at baseline yet`,
      `${tick()} ${people[1]}: handing ${b} watch to ${people[4]}, my shift ends`,
      `${tick()} ${people[4]}: ack, have ${b}`,
      `${tick()} ${people[2]}: ${c} regressed — same alert as before`,
      `${tick()} ${people[0]}: ${a} at baseline now, keeping incident open 15 more min`,
    ];
    const cut = nth([12, 11, 9, 12, 10], i);
    const chunks: string[] = [];
    let k = 0;
    while (k < cut) { const size = rng.int(2, 4); chunks.push(lines.slice(k, Math.min(cut, k + size)).join('\n')); k += size; }
    const ack = t(lang, { en: 'Noted.', fr: 'Noté.', es: 'Anotado.', de: 'Notiert.' });
    const messages: ChatMessage[] = [sys(t(lang, {
      en: `You are the scribe on incident bridge INC-${rng.int(1000, 9999)}. People paste chat from the bridge as it happens; acknowledge briefly. When asked, say what is still broken, what is fixed, and who currently owns each open item.`,
      fr: `Tu es le scribe du pont d'incident INC-${rng.int(1000, 9999)}. Les gens collent au fil de l'eau les messages du pont ; accuse réception en un mot. Quand on te le demande, dis ce qui est encore cassé, ce qui est réparé, et qui a la main sur chaque point ouvert.`,
      es: `Eres el relator del puente del incidente INC-${rng.int(1000, 9999)}. La gente pega los mensajes del puente según van llegando; confirma con una palabra. Cuando te lo pidan, di qué sigue roto, qué está arreglado y quién lleva ahora cada tema abierto.`,
      de: `Du protokollierst die Incident-Bridge INC-${rng.int(1000, 9999)}. Die Leute kopieren laufend Nachrichten aus der Bridge hier hinein; bestätige kurz. Auf Nachfrage sagst du, was noch kaputt ist, was behoben ist und wer gerade welchen offenen Punkt hat.`,
    }))];
    chunks.forEach((chunk, j) => { messages.push(user(chunk)); if (j < chunks.length - 1) messages.push(say(ack)); });
    messages.push(say(ack), user(t(lang, {
      en: 'Exec wants a one-paragraph update right now. What is still broken and who has it?',
      fr: 'La direction veut un point en un paragraphe tout de suite. Qu’est-ce qui est encore cassé, et qui a la main dessus ?',
      es: 'Dirección quiere una actualización de un párrafo ya. ¿Qué sigue roto y quién lo lleva?',
      de: 'Die Geschäftsführung will sofort ein Update in einem Absatz. Was ist noch kaputt und wer kümmert sich?',
    })));
    return { lang, messages, max_tokens: 300, temperature: 0.2 };
  },
};

const replicaLag: Family = {
  id: 'wr-mb-replica-read-router', label: 'model_based_reflex', secondary: 'simple_reflex', difficulty: 'hard', variants: 4,
  rationale: 'Replica metrics arrive tick by tick with gaps, and the action depends on which replicas were already shed and on the lag trend, not on the last tick alone, though each reply is a one-line reflex command.',
  make: (rng, i) => {
    const lang = langAt(['en', 'ja', 'en', 'pt'], i);
    const names = rng.sample(['pg-ro-a', 'pg-ro-b', 'pg-ro-c', 'pg-ro-d'], 3);
    const bad = names[i % 3]!;
    const instruction = t(lang, {
      en: 'Read-router controller for the orders Postgres cluster. Every minute you get replica metrics. Reply with exactly one action: hold | shed_reads <replica> | restore_reads <replica> | page_dba. Shed a replica when lag > 5s; restore it only after two consecutive readings under 1s; page if two replicas are shed at once. A shed replica stays shed until you restore it. A scrape can time out, in which case that replica shows "n/a".',
      ja: '注文 Postgres クラスタの読み取りルーターです。毎分レプリカのメトリクスが届きます。返答は hold | shed_reads <replica> | restore_reads <replica> | page_dba のいずれか一つだけ。遅延が 5 秒を超えたら shed、1 秒未満が 2 回連続したら restore、同時に 2 台が shed 状態なら page_dba。shed したレプリカは restore するまで外れたままです。スクレイプがタイムアウトするとそのレプリカは "n/a" と表示されます。',
      pt: 'Controlador de roteamento de leitura do cluster Postgres de pedidos. A cada minuto chegam as métricas das réplicas. Responda com exatamente uma ação: hold | shed_reads <réplica> | restore_reads <réplica> | page_dba. Tire a réplica quando o atraso passar de 5s; devolva só depois de duas leituras seguidas abaixo de 1s; acione o DBA se duas réplicas estiverem fora ao mesmo tempo. Uma réplica retirada continua fora até você devolvê-la. O scrape pode expirar; nesse caso a réplica aparece como "n/a".',
    });
    const lagSeries = [0.3, 1.2, 3.8, 7.5, 9.9, 4.1, 0.8, 0.6];
    const replies = ['hold', 'hold', 'hold', `shed_reads ${bad}`, 'hold', 'hold', 'hold', `restore_reads ${bad}`];
    const stopAt = nth([5, 6, 7, 6], i);
    const start = rng.int(0, 23 * 60);
    const messages: ChatMessage[] = [sys(instruction)];
    for (let k = 0; k <= stopAt; k++) {
      const parts = names.map((nm) => {
        if (nm === bad) {
          const missing = (k === stopAt && i !== 2) || (k === 5 && i === 3);
          return `${nm} lag=${missing ? 'n/a' : `${nth(lagSeries, k)}s`}`;
        }
        return `${nm} lag=${(rng.int(1, 6) / 10).toFixed(1)}s`;
      });
      messages.push(user(`${hhmm(start + k)} ${parts.join(' | ')} qps=${rng.int(800, 2400)}`));
      if (k < stopAt) messages.push(say(nth(replies, k)));
    }
    return { lang, messages, max_tokens: 12, temperature: 0 };
  },
};

const partitionLedger: Family = {
  id: 'wr-mb-partition-arrivals', label: 'model_based_reflex', difficulty: 'medium', variants: 4,
  rationale: 'Hourly partition events (landed, invalidated, re-run) trickle in across several polls, and only the accumulated picture tells which hours are usable for the daily job.',
  make: (rng, i) => {
    const lang = langAt(['zh', 'en', 'de', 'en'], i);
    const table = rng.pick(['events.clickstream_hourly', 'billing.usage_hourly', 'ads.impressions_hourly', 'iot.telemetry_hourly']);
    const date = `2024-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
    const hours = Array.from({ length: 24 }, (_, h) => h);
    const missing = rng.sample(hours, 2 + (i % 2)).sort((x, y) => x - y);
    const present = hours.filter((h) => !missing.includes(h));
    const invalid = rng.sample(present, 2);
    const events: string[] = present.map((h) => `landed hour=${pad(h)} rows=${rng.int(1, 90) * 1000}`);
    events.push(`invalidated hour=${pad(invalid[0]!)} reason=upstream_resend`, `invalidated hour=${pad(invalid[1]!)} reason=schema_mismatch`);
    events.push(`rerun_started hour=${pad(invalid[0]!)}`, `rerun_started hour=${pad(invalid[1]!)}`, `rerun_done hour=${pad(invalid[0]!)} rows=${rng.int(1, 90) * 1000}`);
    if (i >= 2) events.push(`landed hour=${pad(missing[0]!)} rows=${rng.int(1, 90) * 1000} late=true`);
    const polls = 3 + (i % 2);
    const per = Math.ceil(events.length / polls);
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: `You assist the data platform on-call. poll_events returns partition events for ${table} in arrival order; a cursor continues where the last poll ended.`,
        zh: `你协助数据平台值班。poll_events 按到达顺序返回 ${table} 的分区事件;游标从上一次拉取结束的位置继续。`,
        de: `Du unterstützt die Rufbereitschaft der Datenplattform. poll_events liefert Partitionsereignisse für ${table} in Eingangsreihenfolge; der Cursor macht dort weiter, wo der letzte Abruf aufgehört hat.`,
      })),
      user(t(lang, {
        en: `The daily rollup for ${date} needs all 24 hourly partitions. Go through the events and tell me which hours are not usable yet.`,
        zh: `${date} 的日汇总需要全部 24 个小时分区。把事件过一遍,告诉我哪些小时现在还不能用。`,
        de: `Der Tages-Rollup für ${date} braucht alle 24 Stundenpartitionen. Geh die Ereignisse durch und sag mir, welche Stunden noch nicht nutzbar sind.`,
      })),
    ];
    let cursor = 0;
    for (let p = 0; p < polls; p++) {
      const batch = events.slice(p * per, (p + 1) * per);
      exchange(rng, messages, 'poll_events', { table, date, cursor }, { events: batch, next_cursor: cursor + batch.length, end_of_stream: p === polls - 1 });
      cursor += batch.length;
    }
    return {
      lang, messages,
      tools: [tool('poll_events', 'Next batch of partition events.', { table: str, date: str, cursor: int })],
      response_format: jsonSchema('partition_report', { missing_hours: list(int), being_rerun_hours: list(int), ready_for_daily: bool, note: str }),
      temperature: 0,
    };
  },
};

const shellSession: Family = {
  id: 'wr-mb-shell-session-context', label: 'model_based_reflex', secondary: 'goal_based', difficulty: 'hard', variants: 4,
  rationale: 'The terminal never prints its prompt, some commands silently fail, and the final question is which directory, branch, virtualenv and database target are in effect, which needs a model built from the whole command history; the surrounding task gives it a goal-based flavour.',
  make: (rng, i) => {
    const lang = langAt(['es', 'en', 'pt', 'en'], i);
    const repo = nth(['billing-core', 'geo-tiles', 'ml-features', 'crm-sync'], i);
    const branch = `fix/${rng.pick(['currency-rounding', 'tile-cache-ttl', 'feature-backfill', 'dedupe-contacts'])}`;
    const stagingHost = `db-staging-${rng.int(1, 4)}.internal`;
    const prodHost = `db-prod-${rng.int(1, 4)}.internal`;
    const steps: [string, string][] = [
      [`cd ~/src/${repo}`, ''],
      [`git switch ${branch}`, `Switched to branch '${branch}'\nYour branch is up to date with 'origin/${branch}'.`],
      ['python3 -m venv .venv && source .venv/bin/activate', ''],
      [`export DATABASE_URL=postgres://app@${stagingHost}:5432/${repo.replace('-', '_')}`, ''],
      ['cd services/api', ''],
      ['cd ../worker-legacy', 'bash: cd: ../worker-legacy: No such file or directory'],
      ['git switch main', `error: Your local changes to the following files would be overwritten by checkout:\n\tservices/api/settings.py\nPlease commit your changes or stash them before you switch branches.\nAborting`],
      [`source ~/envs/ops-tools/bin/activate`, ''],
      [`DATABASE_URL=postgres://app@${prodHost}:5432/${repo.replace('-', '_')} python manage.py showmigrations | tail -3`, ` [X] 0041_add_index\n [X] 0042_backfill\n [ ] 0043_drop_legacy_column`],
      ['cd ..', ''],
    ];
    const order = nth([[0, 1, 2, 3, 4, 5, 6, 8], [0, 1, 2, 3, 4, 7, 5, 8, 9], [0, 2, 1, 3, 4, 5, 6, 9, 8], [0, 1, 3, 2, 4, 6, 7, 8, 5]], i);
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: 'You drive a bash session on the developer\'s workstation through run_shell. The prompt is not echoed; only stdout/stderr come back.',
        es: 'Manejas una sesión bash en la estación del desarrollador mediante run_shell. El prompt no se muestra; solo vuelven stdout y stderr.',
        pt: 'Você opera uma sessão bash na estação do desenvolvedor via run_shell. O prompt não aparece; só voltam stdout e stderr.',
      })),
      user(t(lang, {
        en: `Get me set up to run the pending migration for ${repo} against staging.`,
        es: `Déjame todo listo para lanzar la migración pendiente de ${repo} contra staging.`,
        pt: `Deixa tudo pronto para eu rodar a migração pendente do ${repo} contra staging.`,
      })),
    ];
    for (const k of order) { const [cmd, out] = steps[k]!; exchange(rng, messages, 'run_shell', { cmd }, { exit_code: out.startsWith('bash:') || out.startsWith('error') ? 1 : 0, output: out }); }
    messages.push(user(t(lang, {
      en: 'Before anything runs: which directory are we in, which branch is checked out, which virtualenv is active, and would a bare `python manage.py migrate` hit staging or prod?',
      es: 'Antes de ejecutar nada: ¿en qué directorio estamos, qué rama está activa, qué virtualenv está cargado y un `python manage.py migrate` sin más iría contra staging o contra prod?',
      pt: 'Antes de rodar qualquer coisa: em que diretório estamos, qual branch está ativa, qual virtualenv está carregado e um `python manage.py migrate` puro iria para staging ou para prod?',
    })));
    return {
      lang, messages,
      tools: [tool('run_shell', 'Run one command in the persistent bash session.', { cmd: str })],
      temperature: 0,
    };
  },
};

// ───────────────────────────── goal_based ─────────────────────────────

const fixFailingTest: Family = {
  id: 'wr-gb-coding-agent-red-test', label: 'goal_based', difficulty: 'medium', variants: 5,
  rationale: 'A coding agent has a concrete end condition (the named test suite green without touching tests) and, after locating the fault, must choose the next action toward it.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'en', 'ja', 'en'], i);
    const cases = [
      {
        repo: 'acme/cms', test: 'pytest tests/test_text.py -q', src: 'cms/text.py',
        fail: `F.\n___ test_slugify_punctuation ___\n>       assert slugify("Hello, World!") == "hello-world"\nE       AssertionError: assert 'hello--world-' == 'hello-world'\n1 failed, ${rng.int(5, 30)} passed`,
        code: `import re\n\ndef slugify(text: str) -> str:\n    text = text.lower()\n    text = re.sub(r"[^a-z0-9]", "-", text)\n    return text`,
      },
      {
        repo: 'acme/scheduler', test: 'npx vitest run src/duration.test.ts', src: 'src/duration.ts',
        fail: ` FAIL  src/duration.test.ts > parseDuration > handles compound values\nAssertionError: expected 3600 to be 5400 // Object.is equality\n  - Expected  5400\n  + Received  3600\n Test Files  1 failed (1)`,
        code: `const UNIT: Record<string, number> = { s: 1, m: 60, h: 3600 };\n\nexport function parseDuration(input: string): number {\n  const m = /^(\\d+)([smh])/.exec(input.trim());\n  if (!m) throw new Error(\`bad duration: \${input}\`);\n  return Number(m[1]) * UNIT[m[2]!]!;\n}`,
      },
      {
        repo: 'acme/calendar', test: 'go test ./internal/slots/...', src: 'internal/slots/merge.go',
        fail: `--- FAIL: TestMergeTouching (0.00s)\n    merge_test.go:${rng.int(20, 80)}: got [{9 10} {10 11}], want [{9 11}]\nFAIL\nFAIL\tgithub.com/acme/calendar/internal/slots\t0.0${rng.int(10, 99)}s`,
        code: `func Merge(in []Slot) []Slot {\n\tsort.Slice(in, func(a, b int) bool { return in[a].Start < in[b].Start })\n\tvar out []Slot\n\tfor _, s := range in {\n\t\tif n := len(out); n > 0 && s.Start < out[n-1].End {\n\t\t\tout[n-1].End = max(out[n-1].End, s.End)\n\t\t\tcontinue\n\t\t}\n\t\tout = append(out, s)\n\t}\n\treturn out\n}`,
      },
      {
        repo: 'acme/release-tools', test: 'pytest tests/test_versions.py -q', src: 'release_tools/versions.py',
        fail: `___ test_latest_picks_highest ___\n>       assert latest(["1.9.0", "1.10.0", "1.2.3"]) == "1.10.0"\nE       AssertionError: assert '1.9.0' == '1.10.0'\n1 failed, ${rng.int(5, 30)} passed`,
        code: `def latest(versions: list[str]) -> str:\n    return max(versions)`,
      },
      {
        repo: 'acme/http-kit', test: 'npx jest src/retry.spec.js', src: 'src/retry.js',
        fail: ` ● backoff › doubles the delay each attempt\n    expect(received).toEqual(expected)\n    Expected: [100, 200, 400, 800]\n    Received: [0, 200, 400, 600]`,
        code: `function backoff(attempt, base = 100) {\n  return base * 2 * attempt;\n}\nmodule.exports = { backoff };`,
      },
    ];
    const c = nth(cases, i);
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: `You are a coding agent working in ${c.repo}. Task: make \`${c.test}\` pass. Do not edit test files. One tool call per turn; call submit when the suite is green.`,
        de: `Du bist ein Coding-Agent im Repository ${c.repo}. Auftrag: \`${c.test}\` soll grün werden. Testdateien dürfen nicht geändert werden. Ein Tool-Aufruf pro Zug; rufe submit auf, sobald die Suite grün ist.`,
        ja: `あなたは ${c.repo} リポジトリで作業するコーディングエージェントです。タスク: \`${c.test}\` を通すこと。テストファイルは編集禁止。1 ターンに 1 回だけツールを呼び、スイートが緑になったら submit を呼んでください。`,
      })),
      user(t(lang, {
        en: `CI on ${rng.pick(['main', 'PR #' + rng.int(100, 999)])} is red on this suite. Please fix.`,
        de: `Die CI auf ${rng.pick(['main', 'PR #' + rng.int(100, 999)])} ist bei dieser Suite rot. Bitte reparieren.`,
        ja: `${rng.pick(['main', 'PR #' + rng.int(100, 999)])} の CI がこのスイートで落ちています。直してください。`,
      })),
    ];
    exchange(rng, messages, 'run', { cmd: c.test }, { exit_code: 1, output: c.fail });
    exchange(rng, messages, 'read_file', { path: c.src }, c.code);
    return {
      lang, messages,
      tools: [
        tool('run', 'Run a shell command in the repo root.', { cmd: str }),
        tool('read_file', 'Read a file.', { path: str }),
        tool('apply_patch', 'Apply a unified diff to one file.', { path: str, diff: str }),
        tool('submit', 'Finish with a short summary.', { summary: str }),
      ],
      tool_choice: 'required',
      temperature: 0,
    };
  },
};

const migrationOrder: Family = {
  id: 'wr-gb-zero-downtime-migration-order', label: 'goal_based', difficulty: 'hard', variants: 4,
  rationale: 'The request fixes a start schema, a target schema and invariants that must hold at every point, and asks for the ordered sequence of operations that gets from one to the other.',
  make: (rng, i) => {
    const lang = langAt(['fr', 'en', 'ja', 'en'], i);
    const rows = rng.int(12, 400);
    const cases = [
      {
        from: 'CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL, email text UNIQUE);',
        to: 'CREATE TABLE users (id bigint PRIMARY KEY, first_name text NOT NULL, last_name text NOT NULL, email text UNIQUE);',
        note: 'app v41 reads/writes name; app v42 will read/write first_name/last_name',
      },
      {
        from: 'CREATE TABLE orders (id bigint PRIMARY KEY, ...);\nCREATE TABLE order_items (order_id bigint REFERENCES orders(id), ...);\nCREATE TABLE refunds (order_id bigint REFERENCES orders(id), ...);',
        to: 'CREATE TABLE purchases (id bigint PRIMARY KEY, ...);\n-- order_items.order_id and refunds.order_id reference purchases(id)',
        note: 'two services (storefront, finance-batch) query orders; finance-batch deploys only on Mondays',
      },
      {
        from: 'CREATE TABLE events (id integer PRIMARY KEY, ...);\nCREATE TABLE event_tags (event_id integer REFERENCES events(id), tag text);',
        to: 'CREATE TABLE events (id bigint PRIMARY KEY, ...);\nCREATE TABLE event_tags (event_id bigint REFERENCES events(id), tag text);',
        note: `events.id is at ${(rng.int(180, 205) / 100).toFixed(2)}e9 of the 2.147e9 integer limit`,
      },
      {
        from: 'CREATE TABLE customers (id bigint PRIMARY KEY, name text, street text, city text, postcode text, country char(2));',
        to: 'CREATE TABLE customers (id bigint PRIMARY KEY, name text);\nCREATE TABLE addresses (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers(id), street text, city text, postcode text, country char(2), kind text);',
        note: 'mobile clients older than 6 months still send address fields on PATCH /customers',
      },
    ];
    const c = nth(cases, i);
    const body = `-- current (PostgreSQL 15, ~${rows}M rows in the largest table)\n${c.from}\n\n-- target\n${c.to}\n\n-- context: ${c.note}`;
    return {
      lang,
      messages: [
        sys(t(lang, {
          en: 'You are a database migration assistant. Constraints at every point of the rollout: old and new app versions both work, no statement holds an ACCESS EXCLUSIVE lock for more than 2 s on a large table, and every step can be rolled back. Output the ordered operations as JSON.',
          fr: 'Tu es un assistant de migration de bases de données. Contraintes à chaque instant du déploiement : l’ancienne et la nouvelle version de l’application fonctionnent toutes les deux, aucune instruction ne garde un verrou ACCESS EXCLUSIVE plus de 2 s sur une grosse table, et chaque opération peut être annulée. Donne les opérations dans l’ordre, en JSON.',
          ja: 'あなたはデータベース移行アシスタントです。ロールアウト中は常に次を満たすこと: 旧バージョンと新バージョンのアプリが両方動くこと、大きなテーブルで ACCESS EXCLUSIVE ロックを 2 秒以上保持する文がないこと、各操作をロールバックできること。操作を順番どおりに JSON で出力してください。',
        })),
        user(body),
      ],
      response_format: jsonSchema('migration_sequence', {
        operations: list(obj({ order: int, kind: oneOf('ddl', 'backfill', 'app_deploy', 'verify'), sql_or_action: str, reversible_by: str })),
        point_of_no_return: str,
      }),
      temperature: 0,
    };
  },
};

const vpcReach: Family = {
  id: 'wr-gb-vpc-connectivity-fix', label: 'goal_based', difficulty: 'medium', variants: 5,
  rationale: 'A required end condition (service A can open a connection to the database in another VPC) must be reached by working through peering, routes, security groups and ACLs and ordering the changes.',
  make: (rng, i) => {
    const lang = langAt(['es', 'en', 'zh', 'en', 'de'], i);
    const appCidr = `10.${rng.int(10, 40)}.${rng.int(0, 15) * 8}.0/21`;
    const dbIp = `10.${rng.int(100, 140)}.4.${rng.int(10, 200)}`;
    const vpcA = `vpc-${hex(rng, 8)}`;
    const vpcB = `vpc-${hex(rng, 8)}`;
    const pcx = `pcx-${hex(rng, 8)}`;
    const faults = [
      [`peering ${pcx} ${vpcA}<->${vpcB}: status pending-acceptance`, `rtb-b (db subnets): 0.0.0.0/0 -> nat-${hex(rng, 6)}; local`],
      [`peering ${pcx}: active`, `rtb-a (app subnets): local; 0.0.0.0/0 -> nat-${hex(rng, 6)}   # no route to ${dbIp.split('.').slice(0, 2).join('.')}.0.0/16`],
      [`peering ${pcx}: active; routes both sides OK`, `sg-db inbound: tcp 5432 from 10.${rng.int(41, 60)}.0.0/24 (old app subnet)`],
      [`peering ${pcx}: active; routes OK; sg-db allows ${appCidr}:5432`, 'nacl-db outbound: allow tcp 5432 to 0.0.0.0/0; deny all   # ephemeral 1024-65535 not allowed'],
      [`peering ${pcx}: pending-acceptance (requested from account ${rng.int(100000000000, 999999999999)})`, `sg-db inbound: tcp 5432 from sg-app (cross-account sg reference not supported here)`],
    ];
    const [f1, f2] = nth(faults, i);
    const cfg = `app: billing-api in ${vpcA}, subnets ${appCidr}\ndb: postgres ${dbIp}:5432 in ${vpcB}\n${f1}\n${f2}\nnc -vz ${dbIp} 5432 from app pod: timed out after 10s`;
    const ask = t(lang, {
      en: 'billing-api cannot reach the database. What needs to change, in which order, so that it connects? Only change what is necessary.',
      es: 'billing-api no llega a la base de datos. ¿Qué hay que cambiar, y en qué orden, para que conecte? Cambia solo lo imprescindible.',
      zh: 'billing-api 连不上数据库。需要改哪些配置、按什么顺序改,才能连通?只改必要的部分。',
      de: 'billing-api erreicht die Datenbank nicht. Was muss in welcher Reihenfolge geändert werden, damit die Verbindung klappt? Nur das Nötigste ändern.',
    });
    return {
      lang,
      messages: [
        sys(t(lang, {
          en: 'You are a cloud network engineer assistant for AWS. Answer with concrete CLI or Terraform changes.',
          es: 'Eres un asistente de ingeniería de redes cloud en AWS. Responde con cambios concretos de CLI o Terraform.',
          zh: '你是 AWS 云网络工程助手。请给出具体的 CLI 或 Terraform 改动。',
          de: 'Du bist Assistent für Cloud-Netzwerktechnik auf AWS. Antworte mit konkreten CLI- oder Terraform-Änderungen.',
        })),
        user(`${ask}\n\n\`\`\`\n${cfg}\n\`\`\``),
      ],
      max_tokens: 700,
      temperature: 0.1,
    };
  },
};

const releaseTrain: Family = {
  id: 'wr-gb-release-bot-next-action', label: 'goal_based', difficulty: 'medium', variants: 4,
  rationale: 'The release bot must reach a defined end condition (version tagged and live in production with approval) through an ordered set of gated actions, and picks the next call from where the log stands.',
  make: (rng, i) => {
    const lang = langAt(['en', 'pt', 'en', 'de'], i);
    const svc = nth(['inventory-svc', 'auth-gateway', 'pricing-engine', 'mailer'], i);
    const version = `${rng.int(2, 9)}.${rng.int(0, 30)}.0`;
    const branch = `release/${version}`;
    const run1 = rng.int(40000, 49999);
    const run2 = run1 + rng.int(3, 40);
    const seq: [string, Record<string, unknown>, unknown][] = [
      ['create_release_branch', { service: svc, version }, { branch, from_sha: hex(rng, 10) }],
      ['trigger_pipeline', { service: svc, ref: branch }, { run_id: run1 }],
      ['get_pipeline', { run_id: run1 }, { status: 'failed', failed_stage: 'changelog-check', log_tail: `CHANGELOG.md has no section for ${version}` }],
      ['update_changelog', { service: svc, version, ref: branch }, { committed: hex(rng, 10), entries: rng.int(3, 12) }],
      ['trigger_pipeline', { service: svc, ref: branch }, { run_id: run2 }],
      ['get_pipeline', { run_id: run2 }, { status: 'success', artifacts: [`${svc}:${version}`] }],
      ['deploy', { service: svc, version, env: 'staging' }, { status: 'rolled_out', pods_ready: `${rng.int(2, 6)}/${rng.int(6, 6)}` }],
      ['verify_deploy', { service: svc, env: 'staging' }, { smoke: 'passed', checks: rng.int(20, 60) }],
      ['request_approval', { service: svc, version, env: 'production' }, { approval_id: `APR-${rng.int(1000, 9999)}`, status: 'pending' }],
    ];
    const cut = nth([3, 6, 8, 9], i);
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: `You are the release bot. Ship ${svc} ${version} to production: release branch → green pipeline on that branch → staging deploy and verification → production approval → production deploy → git tag. Never skip a gate. Exactly one tool call per turn.`,
        pt: `Você é o bot de release. Leve ${svc} ${version} para produção: branch de release → pipeline verde nessa branch → deploy e verificação em staging → aprovação de produção → deploy em produção → tag no git. Nunca pule uma etapa obrigatória. Exatamente uma chamada de ferramenta por turno.`,
        de: `Du bist der Release-Bot. Bring ${svc} ${version} in Produktion: Release-Branch → grüne Pipeline auf diesem Branch → Staging-Deploy und Verifikation → Freigabe für Produktion → Produktions-Deploy → Git-Tag. Überspringe nie ein Gate. Genau ein Tool-Aufruf pro Zug.`,
      })),
      user(t(lang, { en: `Release ${svc} ${version} today please.`, pt: `Solta o ${svc} ${version} hoje, por favor.`, de: `Bitte ${svc} ${version} heute releasen.` })),
    ];
    for (const [name, args, out] of seq.slice(0, cut)) exchange(rng, messages, name, args, out);
    if (cut === 9) {
      const apr = (seq[8]![2] as { approval_id: string }).approval_id;
      const by = rng.pick(['cto', 'release-mgr', 'svp-eng']);
      messages.push(user(t(lang, { en: `approval ${apr} granted by @${by}`, pt: `aprovação ${apr} concedida por @${by}`, de: `Freigabe ${apr} von @${by} erteilt` })));
    }
    return {
      lang, messages,
      tools: [
        tool('create_release_branch', 'Cut a release branch.', { service: str, version: str }),
        tool('update_changelog', 'Generate and commit the changelog section.', { service: str, version: str, ref: str }),
        tool('trigger_pipeline', 'Start CI on a ref.', { service: str, ref: str }),
        tool('get_pipeline', 'Pipeline status.', { run_id: int }),
        tool('deploy', 'Deploy a version to an environment.', { service: str, version: str, env: oneOf('staging', 'production') }),
        tool('verify_deploy', 'Run smoke checks.', { service: str, env: str }),
        tool('request_approval', 'Ask for a production approval.', { service: str, version: str, env: str }),
        tool('tag_release', 'Create the git tag.', { service: str, version: str }),
      ],
      tool_choice: 'required',
      temperature: 0,
    };
  },
};

const depResolve: Family = {
  id: 'wr-gb-dependency-upgrade-resolve', label: 'goal_based', secondary: 'utility_based', difficulty: 'hard', variants: 4,
  rationale: 'The agent must search version constraints for a consistent set that reaches the required upgrade and order the bumps; the preference for fewer major bumps adds a utility flavour but feasibility is the core.',
  make: (rng, i) => {
    const lang = langAt(['en', 'ja', 'en', 'zh'], i);
    const fw = nth(['acme-web', 'hydra-api', 'nimbus-core', 'kestrel'], i);
    const orm = nth(['acme-orm', 'hydra-db', 'nimbus-store', 'kestrel-sql'], i);
    const auth = nth(['acme-auth', 'hydra-auth', 'nimbus-id', 'kestrel-sso'], i);
    const rep = nth(['reportlib', 'pdfgen', 'chart-kit', 'exporter'], i);
    const crypt = nth(['acme-crypto', 'hydra-crypt', 'nimbus-kms', 'kestrel-sec'], i);
    const target = rng.int(5, 7);
    const lock = `${fw}==${target - 1}.4.2\n${orm}==2.9.1\n${auth}==1.8.0\n${rep}==0.9.3\n${crypt}==1.2.0\npython==3.${rng.int(9, 11)}`;
    const index = [
      `${fw} ${target}.0.0 requires ${orm}>=3.2, ${auth}>=2.0`,
      `${orm} 3.2.0 requires python>=3.9; 3.4.0 requires python>=3.12`,
      `${auth} 1.8.0 requires ${orm}<3`,
      `${auth} 2.0.0 requires ${crypt}>=1.4`,
      `${auth} 2.1.0 requires ${crypt}>=2.0 (breaking: new key format)`,
      `${crypt} 1.4.0 no deps; 2.0.0 drops legacy key format still used by prod keystore`,
      `${rep} 0.9.3 requires ${orm}<3.0`,
      `${rep} 1.1.0 requires ${orm}>=3.1 (breaking: render() signature changed)`,
      `${rep} 1.0.${rng.int(1, 5)} requires ${orm}>=3.0,<3.3 (compatible API)`,
    ].join('\n');
    const ask = t(lang, {
      en: `We must be on ${fw} ${target}.x before the ${rng.pick(['Q3', 'Q4', 'year-end'])} freeze. Find a set of versions that installs cleanly, prefer fewer breaking bumps, and give the order to land the PRs so main stays installable after each one.`,
      ja: `${rng.pick(['Q3', 'Q4', '年末'])}のフリーズ前に ${fw} ${target}.x へ上げる必要があります。問題なくインストールできるバージョンの組み合わせを見つけ、破壊的変更を伴う更新はなるべく少なくし、各 PR のマージ後も main がインストール可能であるような PR の順番を示してください。`,
      zh: `在${rng.pick(['三季度', '四季度', '年底'])}封版前必须升级到 ${fw} ${target}.x。请找出一组能干净安装的版本组合,尽量少做破坏性升级,并给出 PR 合并顺序,保证每合一个 PR 后 main 仍可安装。`,
    });
    return {
      lang,
      messages: [
        sys('You are a dependency-upgrade assistant for Python services. Output JSON only.'),
        user(`${ask}\n\n# requirements.lock\n${lock}\n\n# index metadata\n${index}`),
      ],
      response_format: jsonSchema('upgrade_set', {
        versions: list(obj({ package: str, from: str, to: str, breaking: bool })),
        pr_order: list(str),
        blocked_by: list(str),
      }),
      temperature: 0,
    };
  },
};

// ───────────────────────────── utility_based ─────────────────────────────

const rightsizing: Family = {
  id: 'wr-ub-instance-rightsizing', label: 'utility_based', difficulty: 'medium', variants: 4,
  rationale: 'Each service gets one instance type chosen from priced candidates by a weighted score of cost against headroom and risk, under hard floors, which is an allocation among options with competing objectives.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'en', 'fr'], i);
    const services = rng.sample(['checkout', 'search-api', 'image-resizer', 'report-worker', 'session-store', 'feed-ranker'], 3 + (i % 2));
    const usage = services.map((s) => ({ service: s, replicas: rng.int(3, 24), p95_cpu_cores: rng.int(6, 60) / 10, p95_mem_gib: rng.int(10, 120) / 10, latency_sensitive: rng.chance(0.5) }));
    const prices = [
      { type: 'm6i.large', vcpu: 2, mem_gib: 8, usd_hr: 0.096 }, { type: 'm6i.xlarge', vcpu: 4, mem_gib: 16, usd_hr: 0.192 },
      { type: 'c6i.xlarge', vcpu: 4, mem_gib: 8, usd_hr: 0.17 }, { type: 'r6i.large', vcpu: 2, mem_gib: 16, usd_hr: 0.126 },
      { type: 'm7g.large', vcpu: 2, mem_gib: 8, usd_hr: 0.0816, note: 'arm64 — image must be multi-arch' },
      { type: 't3.xlarge', vcpu: 4, mem_gib: 16, usd_hr: 0.1664, note: 'burstable, CPU credits' },
    ];
    const wCost = nth([0.6, 0.5, 0.7, 0.4], i);
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: `FinOps assistant. Pick one instance type per service. Hard floors: ≥30% CPU and memory headroom at p95; latency-sensitive services may not run on burstable types. Score = ${wCost} × normalised monthly cost + ${(1 - wCost).toFixed(1)} × migration risk (arm64 without a multi-arch image is high risk). Lower is better.`,
        de: `FinOps-Assistent. Wähle pro Service einen Instanztyp. Harte Untergrenzen: ≥30 % CPU- und Speicherreserve bei p95; latenzkritische Services dürfen nicht auf Burstable-Typen laufen. Score = ${wCost} × normierte Monatskosten + ${(1 - wCost).toFixed(1)} × Migrationsrisiko (arm64 ohne Multi-Arch-Image ist hohes Risiko). Niedriger ist besser.`,
        fr: `Assistant FinOps. Choisis un type d’instance par service. Planchers stricts : ≥30 % de marge CPU et mémoire au p95 ; les services sensibles à la latence ne peuvent pas tourner sur des types burstable. Score = ${wCost} × coût mensuel normalisé + ${(1 - wCost).toFixed(1)} × risque de migration (arm64 sans image multi-arch = risque élevé). Plus bas = meilleur.`,
      })),
      user(t(lang, {
        en: 'Next quarter\'s budget review is Friday — propose the instance mix.',
        de: 'Freitag ist Budgetrunde für das nächste Quartal — schlag den Instanzmix vor.',
        fr: 'La revue budgétaire du prochain trimestre est vendredi — propose le mix d’instances.',
      })),
    ];
    exchange(rng, messages, 'get_usage', { window: '30d', services }, usage);
    exchange(rng, messages, 'get_prices', { region: rng.pick(['eu-central-1', 'us-east-1', 'eu-west-3']) }, prices);
    exchange(rng, messages, 'get_images', { services }, services.map((s) => ({ service: s, multi_arch: rng.chance(0.5) })));
    return {
      lang, messages,
      tools: [
        tool('get_usage', 'Resource usage per service.', { window: str, services: list(str) }),
        tool('get_prices', 'On-demand prices.', { region: str }),
        tool('get_images', 'Container image metadata.', { services: list(str) }),
      ],
      response_format: jsonSchema('instance_plan', {
        choices: list(obj({ service: str, instance_type: str, replicas: int, monthly_usd: num, score: num })),
        total_monthly_usd: num,
        rejected_options: list(str),
      }),
      temperature: 0,
    };
  },
};

const testSharding: Family = {
  id: 'wr-ub-ci-shard-split', label: 'utility_based', difficulty: 'medium', variants: 5,
  rationale: 'Test suites must be spread over runners of different speed and price so that wall time and spend balance at a stated exchange rate, an allocation judged by a combined score rather than a fixed end state.',
  make: (rng, i) => {
    const lang = langAt(['ja', 'en', 'fr', 'en', 'zh'], i);
    const suites = Array.from({ length: rng.int(7, 11) }, (_, k) => ({
      name: nth(['unit-core', 'unit-api', 'integration-db', 'e2e-checkout', 'e2e-admin', 'contract', 'lint-types', 'integration-queue', 'snapshot-ui', 'migrations', 'perf-smoke'], k),
      minutes_on_std: rng.int(2, 24),
      needs_docker: rng.chance(0.4),
    }));
    const limitMin = rng.int(9, 15);
    const perDollar = rng.int(2, 6);
    const table = suites.map((s) => `| ${s.name} | ${s.minutes_on_std} | ${s.needs_docker ? 'yes' : 'no'} |`).join('\n');
    const runners = `std: $0.008/min, speed 1.0×, docker yes, up to ${rng.int(4, 8)} at once, boot 1.5 min\nxl: $0.032/min, speed 2.4×, docker no, up to ${rng.int(2, 4)} at once, boot 2 min`;
    const ask = t(lang, {
      en: `Split these suites across runners. We would like wall time under ${limitMin} min; every extra 10 cents per pipeline is worth about ${perDollar} minutes of wall time to us.`,
      ja: `これらのスイートをランナーに割り振ってください。ウォールタイムは ${limitMin} 分以内が望ましく、1 パイプラインあたり 10 セント余分にかかることは、ウォールタイム約 ${perDollar} 分と同じ価値だと考えています。`,
      fr: `Répartis ces suites sur les runners. On aimerait un temps total sous ${limitMin} min ; pour nous, chaque tranche de 10 cents en plus par pipeline vaut environ ${perDollar} minutes de temps total.`,
      zh: `把这些测试套件分配到各个 runner 上。希望总耗时在 ${limitMin} 分钟以内;对我们来说,每条流水线多花 10 美分大约相当于 ${perDollar} 分钟的耗时。`,
    });
    return {
      lang,
      messages: [
        sys(t(lang, { en: 'You are the CI configuration assistant. Answer with JSON only.', ja: 'あなたは CI 設定アシスタントです。JSON のみで回答してください。', fr: 'Tu es l’assistant de configuration CI. Réponds uniquement en JSON.', zh: '你是 CI 配置助手。只用 JSON 回答。' })),
        user(`${ask}\n\n| suite | minutes on std | needs docker |\n|---|---|---|\n${table}\n\nrunners:\n${runners}`),
      ],
      response_format: jsonSchema('shard_layout', {
        runners: list(obj({ runner_type: oneOf('std', 'xl'), suites: list(str), est_minutes: num })),
        est_wall_minutes: num, est_cost_usd: num,
      }),
      temperature: 0,
    };
  },
};

const oncallRota: Family = {
  id: 'wr-ub-oncall-rotation-weights', label: 'utility_based', secondary: 'goal_based', difficulty: 'hard', variants: 4,
  rationale: 'Beyond hard availability constraints, the rota is judged by weighted soft penalties (fairness, back-to-back weeks, time-zone fit), so the task is to pick the lowest-penalty assignment; the hard constraints alone would make it a constraint-search problem.',
  make: (rng, i) => {
    const lang = langAt(['es', 'en', 'pt', 'en'], i);
    const people = rng.sample(['Ana (UTC-3)', 'Bilal (UTC+1)', 'Chen (UTC+8)', 'Dana (UTC-5)', 'Emeka (UTC+1)', 'Fátima (UTC+0)', 'Goran (UTC+2)'], 5);
    const weeks = 4 + (i % 3);
    const vac = people.slice(0, 3).map((p) => `${p.split(' ')[0]}: off week ${rng.int(1, weeks)}`);
    const holiday = rng.int(1, weeks);
    const pen = { b2b: rng.int(5, 9), holiday: rng.int(3, 6), tz: rng.int(1, 3), imbalance: rng.int(2, 4) };
    const ask = t(lang, {
      en: `Build the on-call rota (primary + secondary) for the next ${weeks} weeks.`,
      es: `Arma la rotación de guardias (titular + suplente) para las próximas ${weeks} semanas.`,
      pt: `Monte a escala de plantão (titular + reserva) para as próximas ${weeks} semanas.`,
    });
    const body = `team: ${people.join(', ')}\nhard: ${vac.join('; ')}; primary and secondary must differ; secondary may not be in the same UTC offset band (±2h) as primary\nweek ${holiday} contains a public holiday (most of the team in Europe)\npenalties: back-to-back primary weeks = ${pen.b2b}; holiday week primary for someone who had the last holiday = ${pen.holiday} (last holiday primary: ${people[3]!.split(' ')[0]}); primary outside UTC-5..UTC+2 = ${pen.tz}/week; per shift above the even share = ${pen.imbalance}`;
    return {
      lang,
      messages: [
        sys(t(lang, { en: 'You are the SRE team\'s scheduling assistant. Minimise the total penalty; report it.', es: 'Eres el asistente de planificación del equipo SRE. Minimiza la penalización total e indícala.', pt: 'Você é o assistente de escalas do time de SRE. Minimize a penalidade total e informe o valor.' })),
        user(`${ask}\n\n${body}`),
      ],
      response_format: jsonSchema('rota', {
        weeks: list(obj({ week: int, primary: str, secondary: str })),
        total_penalty: num, penalties_incurred: list(str),
      }),
      temperature: 0,
    };
  },
};

const indexBudget: Family = {
  id: 'wr-ub-index-candidates-budget', label: 'utility_based', difficulty: 'medium', variants: 4,
  rationale: 'Candidate indexes each buy read savings at a storage and write cost, and a subset must be picked under budgets to get the most net benefit, a knapsack-style choice.',
  make: (rng, i) => {
    const lang = langAt(['pt', 'en', 'de', 'en'], i);
    const table = nth(['orders', 'events', 'tickets', 'shipments'], i);
    const cols = nth([['customer_id', 'status', 'created_at', 'region', 'total_cents'], ['tenant_id', 'type', 'ts', 'session_id', 'source'], ['assignee_id', 'priority', 'updated_at', 'queue', 'sla_due'], ['carrier', 'state', 'eta', 'warehouse_id', 'tracking_no']], i);
    const cands = Array.from({ length: rng.int(5, 7) }, (_, k) => {
      const a = nth(cols, k); const b = nth(cols, k + 2);
      return `| idx_${table}_${a}${k % 2 ? `_${b}` : ''} | (${a}${k % 2 ? `, ${b}` : ''})${k === 4 ? ` WHERE ${b} IS NOT NULL` : ''} | ${rng.int(2, 90)} | ${(rng.int(1, 40) / 10).toFixed(1)} | ${rng.int(3, 60)} |`;
    });
    const storage = rng.int(40, 120);
    const wb = (rng.int(40, 90) / 10).toFixed(1);
    const writeBudget = lang === 'en' ? wb : wb.replace('.', ',');
    const ask = t(lang, {
      en: `Which of these indexes on ${table} should we create? We have ${storage} GB of disk to spare and can accept at most ${writeBudget}% extra write latency in total. Say which ones and why the others are not worth it.`,
      pt: `Quais destes índices em ${table} devemos criar? Temos ${storage} GB de disco livres e aceitamos no máximo ${writeBudget}% de latência de escrita extra no total. Diga quais e por que os outros não compensam.`,
      de: `Welche dieser Indizes auf ${table} sollen wir anlegen? Wir haben ${storage} GB Platz übrig und akzeptieren insgesamt höchstens ${writeBudget} % zusätzliche Schreiblatenz. Sag, welche, und warum sich die anderen nicht lohnen.`,
    });
    return {
      lang,
      messages: [
        sys(t(lang, { en: 'You are a PostgreSQL performance consultant.', pt: 'Você é consultor de desempenho de PostgreSQL.', de: 'Du bist Berater für PostgreSQL-Performance.' })),
        user(`${ask}\n\n| index | definition | read hours saved / week | extra write latency % | size GB |\n|---|---|---|---|---|\n${cands.join('\n')}`),
      ],
      max_tokens: 450,
      temperature: 0.2,
    };
  },
};

const mitigationChoice: Family = {
  id: 'wr-ub-incident-mitigation-pick', label: 'utility_based', secondary: 'goal_based', difficulty: 'hard', variants: 4,
  rationale: 'During an incident the agent must pick one mitigation among options with different recovery time, customer impact, cost and risk, weighted by stated priorities; restoring service is the aim but the choice is a weighted comparison.',
  make: (rng, i) => {
    const lang = langAt(['en', 'zh', 'en', 'fr'], i);
    const svc = nth(['checkout-api', 'search', 'payments-gw', 'media-upload'], i);
    const inc = `INC-${rng.int(4000, 9999)}`;
    const options = [
      { id: 'rollback', desc: `roll back ${svc} to previous build`, eta_min: rng.int(8, 15), customer_impact: 'disables the new saved-cards feature for all users', data_loss_risk_pct: 0, extra_cost_usd: 0 },
      { id: 'scale_out', desc: `double ${svc} replicas and raise DB pool`, eta_min: rng.int(3, 6), customer_impact: 'none if it works', data_loss_risk_pct: 0, extra_cost_usd: rng.int(300, 1500), success_chance_pct: rng.int(40, 70) },
      { id: 'flag_off', desc: 'turn off feature flag new-pricing-path', eta_min: 1, customer_impact: `${rng.int(3, 12)}% of users see old prices until fixed`, data_loss_risk_pct: 0, extra_cost_usd: 0, success_chance_pct: rng.int(60, 90) },
      { id: 'failover_region', desc: 'fail over to secondary region', eta_min: rng.int(15, 25), customer_impact: '2–3 min of errors during cutover', data_loss_risk_pct: (rng.int(2, 20) / 10), extra_cost_usd: rng.int(2000, 6000) },
    ];
    const messages: ChatMessage[] = [
      sys(t(lang, {
        en: 'Incident commander assistant. Priorities: every minute of customer-facing errors costs about $900; data-loss risk above 1% is unacceptable; prefer reversible actions. Pick exactly one mitigation and execute it.',
        zh: '你是事故指挥助手。优先级:客户可见的错误每持续一分钟约损失 900 美元;数据丢失风险超过 1% 不可接受;优先选择可逆操作。只选一个缓解措施并执行。',
        fr: 'Assistant du commandant d’incident. Priorités : chaque minute d’erreurs visibles par les clients coûte environ 900 $ ; un risque de perte de données au-delà de 1 % est inacceptable ; on préfère les actions réversibles. Choisis une seule mesure et exécute-la.',
      })),
      user(t(lang, { en: `${inc} is open, ${svc} 5xx at ${rng.int(8, 35)}%. Decide.`, zh: `${inc} 已开启,${svc} 的 5xx 比例 ${rng.int(8, 35)}%。你来定。`, fr: `${inc} est ouvert, ${svc} renvoie ${rng.int(8, 35)} % de 5xx. Décide.` })),
    ];
    exchange(rng, messages, 'get_incident', { id: inc }, { started_min_ago: rng.int(6, 30), suspected_cause: i % 2 ? 'DB connection exhaustion after deploy' : 'new pricing code path timing out', last_deploy_min_ago: rng.int(20, 90) });
    exchange(rng, messages, 'list_mitigations', { id: inc }, options);
    return {
      lang, messages,
      tools: [
        tool('get_incident', 'Incident details.', { id: str }),
        tool('list_mitigations', 'Available mitigations with estimates.', { id: str }),
        tool('execute_mitigation', 'Run one mitigation.', { id: str, mitigation_id: str, justification: str }),
      ],
      tool_choice: { type: 'function', function: { name: 'execute_mitigation' } },
      temperature: 0,
    };
  },
};

// ───────────────────────────── learning ─────────────────────────────

const flakyMemory: Family = {
  id: 'wr-lr-ci-failure-memory', label: 'learning', difficulty: 'medium', variants: 5,
  rationale: 'Retrieved records of earlier CI failures, what was tried and whether it worked are the basis for choosing the action on a new, similar failure.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'en', 'de', 'es'], i);
    const sig = nth([
      'ECONNRESET while downloading from registry.npmjs.org',
      'Testcontainers: Could not find a valid Docker environment',
      'FATAL: sorry, too many clients already (postgres service container)',
      'Gradle daemon disappeared unexpectedly (OOM?)',
      'TimeoutError: page.waitForSelector("#checkout-submit") exceeded 30000ms',
    ], i);
    const past = [
      `[mem ${rng.int(100, 999)}] sim=0.${rng.int(86, 95)} "${sig}" on runner pool linux-large → retry → passed on retry 1; recurred 3× that week`,
      `[mem ${rng.int(100, 999)}] sim=0.${rng.int(80, 90)} "${sig}" → quarantined test → hid a real regression for 4 days (postmortem PM-${rng.int(10, 99)})`,
      `[mem ${rng.int(100, 999)}] sim=0.${rng.int(75, 88)} similar error after runner image bump to ${rng.pick(['ubuntu-24.04-v7', 'ci-base:2024.06', 'gha-large-v3'])} → pinned previous image → fixed for all jobs`,
      `[mem ${rng.int(100, 999)}] sim=0.${rng.int(60, 75)} "${sig}" → retry ×3 → still failing; root cause: resource limits on shared runners, fixed by moving job to dedicated pool`,
    ];
    const shown = rng.sample(past, 3 + (i % 2));
    const now = `job ${rng.pick(['build-and-test', 'integration', 'e2e'])} #${rng.int(10000, 99999)} on ${rng.pick(['linux-large', 'linux-shared', 'dedicated-2'])}, runner image ${rng.pick(['ubuntu-24.04-v8', 'ci-base:2024.07', 'gha-large-v4'])} (bumped ${rng.int(1, 3)} days ago)\nerror: ${sig}\nsame job failed ${rng.int(2, 6)} of last 10 runs; other jobs on that image: ${rng.int(1, 5)} failures`;
    const instruction = t(lang, {
      en: 'You are the CI triage agent. The memory store returns similar past failures with what was done and what happened. Choose what to do with the new failure and cite which memories drove the decision.',
      fr: 'Tu es l’agent de tri CI. La mémoire renvoie des échecs passés similaires, ce qui a été fait et ce qui s’est passé ensuite. Choisis quoi faire de ce nouvel échec et cite les souvenirs qui ont guidé ta décision.',
      de: 'Du bist der CI-Triage-Agent. Der Speicher liefert ähnliche frühere Fehlschläge, was damals getan wurde und was daraus wurde. Entscheide, was mit dem neuen Fehlschlag passiert, und nenne die Einträge, die deine Entscheidung bestimmt haben.',
      es: 'Eres el agente de triaje de CI. La memoria devuelve fallos anteriores parecidos, qué se hizo y qué pasó después. Decide qué hacer con el fallo nuevo y cita los recuerdos que guiaron la decisión.',
    });
    return {
      lang,
      messages: [sys(instruction), user(`## retrieved\n${shown.join('\n')}\n\n## new failure\n${now}`)],
      response_format: jsonSchema('triage_decision', {
        action: oneOf('retry', 'quarantine_test', 'pin_runner_image', 'move_to_dedicated_pool', 'escalate_to_owner'),
        memories_used: list(str), reason: str,
      }),
      temperature: 0,
    };
  },
};

const reviewPrefs: Family = {
  id: 'wr-lr-review-bot-team-taste', label: 'learning', secondary: 'simple_reflex', difficulty: 'hard', variants: 4,
  rationale: 'The team\'s reactions to the bot\'s earlier review comments (dismissed as noise versus acted on) are the signal for what to comment on in the new diff; without them it would be a plain one-shot review.',
  make: (rng, i) => {
    const lang = langAt(['de', 'en', 'ja', 'en'], i);
    const dev = rng.pick(['@mkaur', '@t.nguyen', '@hsato', '@jbauer']);
    const rounds: [string, string, string][] = [
      [
        `diff: services/cart/handlers.go\n+\tif err != nil {\n+\t\treturn err\n+\t}\n+\tlog.Printf("cart %s updated", id)`,
        '1. Wrap the error with context: fmt.Errorf("update cart %s: %w", id, err).\n2. Prefer structured logging (slog) over log.Printf.',
        `${dev}: 👍 (1) fixed. 👎 (2) we migrate logging in a separate project, please stop flagging it.`,
      ],
      [
        `diff: services/cart/repo.go\n+func (r *Repo) ByIDs(ctx context.Context, ids []string) ([]Cart, error) {\n+\tvar out []Cart\n+\tfor _, id := range ids {\n+\t\tc, err := r.ByID(ctx, id)`,
        '1. N+1 queries: fetch all ids with one WHERE id = ANY($1).\n2. Variable name `c` is too short.',
        `${dev}: 👍 (1) good catch, fixed. 👎 (2) short names in small scopes are fine here (see CONTRIBUTING).`,
      ],
      [
        `diff: services/cart/price.go\n+\ttotal := float64(qty) * unitPrice`,
        '1. Money as float64 loses precision; use integer cents.\n2. Missing doc comment on exported func.',
        `${dev}: 👍 (1) yes!! 👎 (2) noise.`,
      ],
    ];
    const used = rounds.slice(0, 2 + (i % 2));
    const nextDiff = nth([
      `diff: services/orders/refund.go\n+func Refund(ctx context.Context, o Order, amount float64) error {\n+\tlog.Printf("refund %v", o.ID)\n+\tres, err := db.Exec("UPDATE orders SET refunded = refunded + " + fmt.Sprint(amount) + " WHERE id = '" + o.ID + "'")\n+\tif err != nil { return err }`,
      `diff: services/orders/list.go\n+for _, o := range orders {\n+\titems, _ := itemsRepo.ForOrder(ctx, o.ID)\n+\to.Items = items\n+}`,
      `diff: services/orders/tax.go\n+// Tax computes VAT\n+func Tax(net float64, rate float64) float64 { return net * rate }\n+func r(x float64) float64 { return math.Round(x*100) / 100 }`,
      `diff: services/orders/export.go\n+func Export(w io.Writer, rows []Row) error {\n+\tfor _, x := range rows {\n+\t\tfmt.Fprintf(w, "%s,%f\\n", x.ID, x.Amount)\n+\t}\n+\tlog.Println("export done")\n+\treturn nil`,
    ], i);
    const instruction = t(lang, {
      en: `You are the review bot on the ${rng.pick(['commerce', 'orders', 'payments'])} Go monorepo. Post numbered review comments on each diff. Developers react with 👍/👎.`,
      de: `Du bist der Review-Bot im Go-Monorepo des ${rng.pick(['Commerce', 'Orders', 'Payments'])}-Teams. Schreibe zu jedem Diff nummerierte Review-Kommentare. Die Entwickler reagieren mit 👍/👎.`,
      ja: `あなたは ${rng.pick(['commerce', 'orders', 'payments'])} チームの Go モノレポのレビューボットです。各 diff に番号付きのレビューコメントを付けてください。開発者は 👍/👎 で反応します。`,
    });
    const messages: ChatMessage[] = [sys(instruction)];
    used.forEach(([diff, comments, reaction]) => {
      messages.push(user(diff), say(comments));
      messages.push(user(reaction));
      messages.push(say(t(lang, { en: 'Thanks, noted for next time.', de: 'Danke, nehme ich fürs nächste Mal mit.', ja: 'ありがとうございます。次回から反映します。' })));
    });
    messages.push(user(nextDiff));
    return { lang, messages, max_tokens: 400, temperature: 0.2 };
  },
};

const autoscalerTrials: Family = {
  id: 'wr-lr-autoscaler-loadtest-trials', label: 'learning', secondary: 'utility_based', difficulty: 'hard', variants: 4,
  rationale: 'How the autoscaler settings move p99, errors and cost is only known from the earlier load-test trials, and the answer must generalise that to a traffic shape not yet tried, with a cost/latency balance as a secondary reading.',
  make: (rng, i) => {
    const lang = langAt(['en', 'zh', 'en', 'pt'], i);
    const svc = nth(['feed-api', 'geo-lookup', 'cart-svc', 'token-svc'], i);
    const trials = Array.from({ length: rng.int(5, 7) }, (_, k) => {
      const min = rng.int(2, 8); const max = min + rng.int(4, 20); const cpu = rng.pick([50, 60, 70, 80]); const down = rng.pick([60, 180, 300, 600]);
      const shape = nth(['steady 2k rps', 'ramp 1k→4k over 10 min', 'spike 1k→6k in 30 s', 'steady 2k rps', 'spike 1k→6k in 30 s', 'ramp 1k→4k over 10 min', 'sawtooth 1k/4k every 5 min'], k);
      const p99 = shape.startsWith('spike') ? rng.int(400, 2400) - min * 90 : rng.int(120, 400);
      return `#${k + 1} min=${min} max=${max} cpu_target=${cpu}% scale_down=${down}s | ${shape} | p99=${Math.max(95, p99)}ms 5xx=${shape.startsWith('spike') && min < 5 ? (rng.int(5, 40) / 10).toFixed(1) : '0.0'}% cost=$${(min * 0.9 + max * 0.15 + rng.int(0, 30) / 10).toFixed(1)}/h`;
    });
    const newShape = nth(['spike 1k→8k in 20 s (flash sale)', 'sawtooth 1k/5k every 3 min', 'spike 2k→7k in 45 s, twice an hour', 'ramp 500→5k over 2 min'], i);
    const ask = t(lang, {
      en: `Next week's traffic: ${newShape}. SLO p99 < 300 ms and 5xx < 0.5%. Which autoscaler settings should ${svc} run with? Base it on what the trials showed.`,
      zh: `下周流量形态:${newShape}。SLO 要求 p99 < 300 ms、5xx < 0.5%。${svc} 的自动扩缩容参数该怎么设?请根据之前压测的结果来判断。`,
      pt: `Tráfego da semana que vem: ${newShape}. SLO p99 < 300 ms e 5xx < 0,5%. Com quais parâmetros de autoscaling o ${svc} deve rodar? Baseie-se no que os testes mostraram.`,
    });
    return {
      lang,
      messages: [
        sys(t(lang, { en: 'You tune Kubernetes HPA settings from load-test evidence.', zh: '你根据压测数据调整 Kubernetes HPA 参数。', pt: 'Você ajusta parâmetros de HPA do Kubernetes a partir de resultados de testes de carga.' })),
        user(`load-test trials for ${svc}:\n${trials.join('\n')}\n\n${ask}`),
      ],
      response_format: jsonSchema('hpa_settings', {
        min_replicas: int, max_replicas: int, cpu_target_pct: int, scale_down_seconds: int,
        evidence_trials: list(int), expected_p99_ms: num, expected_cost_per_hour: num,
      }),
      temperature: 0,
    };
  },
};

const alertVerdicts: Family = {
  id: 'wr-lr-alert-page-from-verdicts', label: 'learning', secondary: 'simple_reflex', difficulty: 'hard', variants: 5,
  rationale: 'Whether to wake someone is decided from how on-call engineers judged earlier, similar alerts, a pattern carried in context and applied to a new alert, although the output is a single yes/no.',
  make: (rng, i) => {
    const lang = langAt(['es', 'en', 'pt', 'en', 'ja'], i);
    const name = nth(['DiskUsageHigh', 'QueueDepthHigh', 'Http5xxRatio', 'CronJobMissed', 'CertExpiry'], i);
    const hist = [
      `${name} host=${rng.pick(['db-', 'kafka-', 'es-'])}${rng.int(1, 9)} value=${rng.int(81, 89)}% at 03:${pad(rng.int(0, 59))} → NOISE ("nightly compaction, clears by 04:00")`,
      `${name} host=${rng.pick(['db-', 'kafka-', 'es-'])}${rng.int(1, 9)} value=${rng.int(91, 97)}% at 14:${pad(rng.int(0, 59))}, growing ${rng.int(3, 8)}%/h → ACTIONABLE ("would have filled in 2h")`,
      `${name} env=staging value=${rng.int(90, 99)} → NOISE ("staging, nobody cares at night")`,
      `${name} host=${rng.pick(['db-', 'kafka-', 'es-'])}${rng.int(1, 9)} value=${rng.int(85, 90)}% at 03:${pad(rng.int(0, 59))}, flat → NOISE`,
      `${name} env=prod value=${rng.int(86, 92)} at 11:${pad(rng.int(0, 59))} during deploy → ACTIONABLE ("deploy leak, rolled back")`,
    ];
    const shown = rng.sample(hist, 3 + (i % 3));
    const nowAlert = `${name} env=prod host=${rng.pick(['db-', 'kafka-', 'es-'])}${rng.int(1, 9)} value=${rng.int(84, 93)}% at ${nth(['03', '15', '03', '22', '11'], i)}:${pad(rng.int(0, 59))}, trend ${nth(['+0.5%/h', '+6%/h', 'flat', '+2%/h', '+4%/h'], i)}, ${nth(['no deploy in 24h', 'deploy 20 min ago', 'no deploy', 'compaction running', 'deploy 3h ago'], i)}`;
    const instruction = t(lang, {
      en: 'You decide whether an alert pages the on-call engineer at night. Below are earlier alerts of the same kind with the verdict the on-call gave afterwards. Decide the same way they would.',
      es: 'Decides si una alerta despierta de noche a la persona de guardia. Abajo tienes alertas anteriores del mismo tipo con el veredicto que dio la guardia después. Decide como lo harían ellos.',
      pt: 'Você decide se um alerta aciona o plantonista durante a noite. Abaixo estão alertas anteriores do mesmo tipo com o veredito dado depois pelo plantão. Decida como eles decidiriam.',
      ja: '夜間にアラートで当番エンジニアを呼び出すかどうかを判断してください。以下は同種の過去アラートと、当番があとで付けた判定です。彼らと同じ基準で判断してください。',
    });
    return {
      lang,
      messages: [sys(instruction), user(`history:\n${shown.join('\n')}\n\nnew:\n${nowAlert}`)],
      response_format: jsonSchema('page_decision', { page: bool, most_similar: list(int), why: str }),
      max_tokens: 150,
      temperature: 0,
    };
  },
};

const sqlLessons: Family = {
  id: 'wr-lr-text-to-sql-corrections', label: 'learning', secondary: 'goal_based', difficulty: 'medium', variants: 4,
  rationale: 'Earlier failed queries and the analyst\'s corrections about the schema\'s quirks are carried in the conversation, and the new question must be answered by applying those lessons, not just by writing SQL from scratch.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'en', 'fr'], i);
    const since = `2024-${pad(rng.int(1, 6))}-01`;
    const q1 = t(lang, {
      en: `How many orders did we ship since ${since}?`,
      de: `Wie viele Bestellungen haben wir seit ${since} verschickt?`,
      fr: `Combien de commandes avons-nous expédiées depuis le ${since} ?`,
    });
    const a1 = `SELECT count(*) FROM orders WHERE status = 'SHIPPED' AND created_at >= '${since}';`;
    const e1 = t(lang, {
      en: 'Returned 0. Status values are lowercase here. Also "shipped since" means shipped_at, not created_at.',
      de: 'Ergibt 0. Die Statuswerte sind hier kleingeschrieben. Und "seit ... verschickt" heißt shipped_at, nicht created_at.',
      fr: 'Résultat 0. Les statuts sont en minuscules chez nous. Et « expédiées depuis » se lit sur shipped_at, pas created_at.',
    });
    const a2 = `SELECT count(*) FROM orders WHERE status = 'shipped' AND shipped_at >= '${since}';`;
    const e2 = t(lang, {
      en: `Closer, but ${rng.int(2, 9)}% too high vs the finance dashboard: soft-deleted rows (deleted_at IS NOT NULL) must be excluded, and timestamps are stored in UTC while finance uses Europe/Berlin days.`,
      de: `Schon besser, aber ${rng.int(2, 9)} % zu hoch gegenüber dem Finanz-Dashboard: soft-gelöschte Zeilen (deleted_at IS NOT NULL) müssen raus, und Zeitstempel sind in UTC gespeichert, Finance rechnet aber in Europe/Berlin-Tagen.`,
      fr: `Mieux, mais ${rng.int(2, 9)} % de trop par rapport au tableau de bord finance : il faut exclure les lignes supprimées logiquement (deleted_at IS NOT NULL), et les horodatages sont en UTC alors que la finance compte en jours Europe/Berlin.`,
    });
    const a3 = `SELECT count(*) FROM orders\nWHERE status = 'shipped' AND deleted_at IS NULL\n  AND shipped_at >= ('${since}'::date AT TIME ZONE 'Europe/Berlin');`;
    const ok = t(lang, { en: 'That matches finance. 👍', de: 'Passt jetzt zum Finanz-Dashboard. 👍', fr: 'Ça colle avec la finance. 👍' });
    const newQ = nth([
      t(lang, { en: 'New one: revenue in euros per day for the last 14 days, shipped orders only. amount is in cents.', de: 'Neue Frage: Umsatz in Euro pro Tag für die letzten 14 Tage, nur verschickte Bestellungen. amount ist in Cent.', fr: 'Nouvelle question : chiffre d’affaires en euros par jour sur les 14 derniers jours, commandes expédiées seulement. amount est en centimes.' }),
      t(lang, { en: 'Now: top 10 customers by number of cancelled orders this quarter.', de: 'Jetzt: Top 10 Kunden nach Anzahl stornierter Bestellungen in diesem Quartal.', fr: 'Maintenant : les 10 clients avec le plus de commandes annulées ce trimestre.' }),
      t(lang, { en: 'Next: average hours between created_at and shipped_at per warehouse, last month.', de: 'Nächste: durchschnittliche Stunden zwischen created_at und shipped_at pro Lager, letzter Monat.', fr: 'Ensuite : délai moyen en heures entre created_at et shipped_at par entrepôt, le mois dernier.' }),
      t(lang, { en: 'And how many orders were shipped on each weekday in May?', de: 'Und wie viele Bestellungen wurden im Mai an jedem Wochentag verschickt?', fr: 'Et combien de commandes ont été expédiées chaque jour de la semaine en mai ?' }),
    ], i);
    const schema = 'orders(id, customer_id, warehouse_id, status text, amount bigint, created_at timestamptz, shipped_at timestamptz, deleted_at timestamptz)';
    return {
      lang,
      messages: [
        sys(`You translate analyst questions into PostgreSQL for the warehouse DB. Schema: ${schema}. Reply with SQL only.`),
        user(q1), say(a1), user(e1), say(a2), user(e2), say(a3), user(`${ok}\n\n${newQ}`),
      ],
      max_tokens: 300,
      temperature: 0,
    };
  },
};

// ───────────────────────────── non-agentic ─────────────────────────────

const translateNotes: Family = {
  id: 'wr-na-translate-release-notes', label: 'simple_reflex', agentic: false, difficulty: 'easy', variants: 5,
  rationale: 'Translating release notes is a one-shot text transformation with no agent decision; the nearest type is a single stimulus-response reply.',
  make: (rng, i) => {
    const lang = langAt(['de', 'ja', 'es', 'fr', 'pt'], i);
    const v = `${rng.int(3, 12)}.${rng.int(0, 20)}.${rng.int(0, 9)}`;
    const items = rng.sample([
      'Added support for SSO via Okta and Azure AD.',
      'Fixed a race condition that could duplicate webhook deliveries.',
      'CSV exports now respect the workspace time zone.',
      'Deprecated the v1 /reports endpoint; it will be removed in the next major release.',
      'Improved dashboard load time by roughly 40% for large projects.',
      'The CLI now exits with code 2 on configuration errors.',
      'Fixed dark-mode contrast in the billing settings page.',
    ], 3 + (i % 3));
    const ask = t(lang, {
      en: 'Translate these release notes.',
      de: 'Übersetze diese Release Notes bitte ins Deutsche. Produktnamen und Endpunkte bleiben unverändert.',
      ja: '以下のリリースノートを日本語に翻訳してください。製品名とエンドポイント名はそのままにしてください。',
      es: 'Traduce estas notas de versión al español. Deja sin traducir los nombres de producto y los endpoints.',
      fr: 'Traduis ces notes de version en français. Garde tels quels les noms de produits et les endpoints.',
      pt: 'Traduza estas notas de versão para o português do Brasil. Mantenha nomes de produtos e endpoints como estão.',
    });
    return {
      lang,
      messages: [user(`${ask}\n\n## ${v}\n${items.map((s) => `- ${s}`).join('\n')}`)],
      max_tokens: 400,
      temperature: 0.3,
    };
  },
};

const explainTraceback: Family = {
  id: 'wr-na-explain-stack-trace', label: 'simple_reflex', agentic: false, difficulty: 'easy', variants: 4,
  rationale: 'The user only wants an explanation of an error message, a plain question-answer exchange with no action, memory or choice; the nearest type is a direct response to the current input.',
  make: (rng, i) => {
    const lang = langAt(['en', 'zh', 'en', 'de'], i);
    const traces = [
      `Traceback (most recent call last):\n  File "app/worker.py", line ${rng.int(20, 200)}, in handle\n    payload = json.loads(msg.body)\n  File "/usr/lib/python3.11/json/__init__.py", line 346, in loads\n    return _default_decoder.decode(s)\njson.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)`,
      `panic: assignment to entry in nil map\n\ngoroutine 1 [running]:\nmain.(*Cache).Put(...)\n\t/src/cache.go:${rng.int(10, 90)}\nmain.main()\n\t/src/main.go:${rng.int(10, 40)} +0x${hex(rng, 2)}`,
      `TypeError: Cannot read properties of undefined (reading 'map')\n    at OrderList (webpack-internal:///./src/OrderList.tsx:${rng.int(10, 80)}:23)\n    at renderWithHooks (react-dom.development.js:16305:18)`,
      `Exception in thread "main" java.util.ConcurrentModificationException\n\tat java.base/java.util.ArrayList$Itr.checkForComodification(ArrayList.java:1013)\n\tat com.acme.Cleanup.run(Cleanup.java:${rng.int(20, 90)})`,
    ];
    const ask = t(lang, {
      en: 'What does this error actually mean? I don\'t need a fix yet, just want to understand it.',
      zh: '这个报错到底是什么意思?先不用给修复方案,我只是想搞懂它。',
      de: 'Was bedeutet dieser Fehler eigentlich? Ich brauche noch keinen Fix, will es nur verstehen.',
    });
    return { lang, messages: [user(`${ask}\n\n\`\`\`\n${nth(traces, i)}\n\`\`\``)], max_tokens: 350, temperature: 0.3 };
  },
};

const postmortemSummary: Family = {
  id: 'wr-na-postmortem-exec-summary', label: 'simple_reflex', agentic: false, difficulty: 'medium', variants: 4,
  rationale: 'Condensing a finished postmortem into a short summary is a writing task over a complete document with no decision to make; the nearest type is a one-shot response to the input.',
  make: (rng, i) => {
    const lang = langAt(['fr', 'en', 'es', 'en'], i);
    const svc = nth(['payments', 'search', 'identity', 'notifications'], i);
    const dur = rng.int(20, 190);
    const users = rng.int(2, 40);
    const doc = `# Postmortem: ${svc} outage (${dur} min)\n\n## Impact\nAbout ${users}% of requests to ${svc} failed between ${hhmm(rng.int(600, 1200))} and +${dur} min UTC. ${rng.int(100, 4000)} support tickets.\n\n## Timeline\n- deploy of config change CFG-${rng.int(100, 999)} (connection timeout 30s → 3s)\n- error rate climbs; alert fires after ${rng.int(4, 15)} min (threshold too lax)\n- on-call suspects the database, spends ${rng.int(10, 40)} min on failover that did not help\n- config diff spotted by second responder; reverted\n- recovery after caches warm up\n\n## Root cause\nTimeout reduced without load-testing; retries amplified traffic 3×.\n\n## Action items\n1. Config changes go through canary (owner: platform)\n2. Alert threshold 2% → 0.5% (owner: SRE)\n3. Retry budget per client (owner: ${svc} team)\n4. Runbook: check recent config changes first`;
    const ask = t(lang, {
      en: 'Summarise this for the leadership newsletter: 4 bullets max, no jargon.',
      fr: 'Résume ce postmortem pour la lettre d’information de la direction : 4 puces maximum, sans jargon.',
      es: 'Resume este postmortem para el boletín de dirección: máximo 4 viñetas y sin jerga técnica.',
    });
    return { lang, messages: [sys('You are a helpful writing assistant.'), user(`${ask}\n\n${doc}`)], max_tokens: 250, temperature: 0.4 };
  },
};

const prRewrite: Family = {
  id: 'wr-na-pr-description-rewrite', label: 'simple_reflex', agentic: false, difficulty: 'easy', variants: 4,
  rationale: 'Rewriting a terse pull-request description into clearer prose is plain text editing with no agent behaviour; the closest type is a direct one-shot response.',
  make: (rng, i) => {
    const lang = langAt(['pt', 'en', 'ja', 'en'], i);
    const drafts = [
      `fix thing w/ retries. was hammering upstream. now expo backoff + jitter, max ${rng.int(3, 8)}. also removed old flag. tests added (kinda)`,
      `bump pg driver ${rng.int(8, 9)}.x, had to change pool cfg bc of breaking change in idle timeout. staging ok for ${rng.int(1, 5)} days`,
      `refactor auth middleware, no behaviour change hopefully. split into 3 files. TODO cleanup later`,
      `add /v2/export endpoint, streams csv, old one still there. limits: ${rng.int(100, 900)}k rows. docs tbd`,
    ];
    const ask = t(lang, {
      en: 'Rewrite this PR description so reviewers understand it: a summary, what changed, how it was tested, risks. Keep it short.',
      pt: 'Reescreva esta descrição de PR para que os revisores entendam: resumo, o que mudou, como foi testado e riscos. Seja breve.',
      ja: 'レビュアーが理解できるように、この PR の説明文を書き直してください。概要・変更点・テスト方法・リスクの構成で、短めにお願いします。',
    });
    return { lang, messages: [user(`${ask}\n\n> ${nth(drafts, i)}`)], max_tokens: 300, temperature: 0.5 };
  },
};

const conceptChat: Family = {
  id: 'wr-na-db-concept-chat', label: 'simple_reflex', agentic: false, difficulty: 'medium', variants: 4,
  rationale: 'A conversational explanation of a database concept with a follow-up question has no environment, goal or decision; the nearest type is a reply to the current question.',
  make: (rng, i) => {
    const lang = langAt(['de', 'en', 'zh', 'en'], i);
    const topics = [
      {
        q: t(lang, { en: 'How does MVCC work in Postgres?', de: 'Wie funktioniert MVCC in Postgres eigentlich?', zh: 'Postgres 里的 MVCC 是怎么工作的?' }),
        a: 'Each row version carries xmin/xmax transaction ids; a snapshot decides which versions a transaction can see, so readers never block writers. Old versions are cleaned up later by VACUUM.',
        f: t(lang, { en: 'So why does a long-running transaction make tables bloat?', de: 'Und warum blähen lange laufende Transaktionen dann die Tabellen auf?', zh: '那为什么长事务会导致表膨胀?' }),
      },
      {
        q: t(lang, { en: 'What is the difference between a clustered and a non-clustered index?', de: 'Was ist der Unterschied zwischen einem Clustered und einem Non-Clustered Index?', zh: '聚簇索引和非聚簇索引有什么区别?' }),
        a: 'A clustered index defines the physical order of the table rows (InnoDB uses the primary key); a non-clustered index is a separate structure pointing back to rows.',
        f: t(lang, { en: 'Does that mean a random UUID primary key is bad in MySQL?', de: 'Heißt das, ein zufälliger UUID-Primärschlüssel ist in MySQL schlecht?', zh: '这是不是说在 MySQL 里用随机 UUID 做主键不好?' }),
      },
      {
        q: t(lang, { en: 'Explain the CAP theorem without the buzzwords.', de: 'Erklär mir das CAP-Theorem ohne Buzzwords.', zh: '不用术语堆砌,解释一下 CAP 定理。' }),
        a: 'When the network splits, a replicated system must either refuse some requests (stay consistent) or answer them with possibly stale data (stay available). Without a partition you can have both.',
        f: t(lang, { en: 'Where does something like DynamoDB sit, then?', de: 'Wo steht dann so etwas wie DynamoDB?', zh: '那 DynamoDB 这类系统属于哪一边?' }),
      },
      {
        q: t(lang, { en: 'What does "write amplification" mean for LSM trees?', de: 'Was bedeutet "Write Amplification" bei LSM-Trees?', zh: 'LSM 树里的"写放大"是什么意思?' }),
        a: 'Data is written once to the log and memtable, then rewritten several times as compaction merges levels, so each logical byte costs several physical writes.',
        f: t(lang, { en: `Is that why RocksDB on our ${rng.pick(['NVMe', 'EBS gp3', 'SATA SSD'])} disks wears them out faster?`, de: `Ist das der Grund, warum RocksDB unsere ${rng.pick(['NVMe', 'EBS-gp3', 'SATA-SSD'])}-Platten schneller verschleißt?`, zh: `这就是 RocksDB 让我们的 ${rng.pick(['NVMe', 'EBS gp3', 'SATA SSD'])} 盘磨损更快的原因吗?` }),
      },
    ];
    const c = nth(topics, i);
    const messages: ChatMessage[] = [user(c.q), say(c.a), user(c.f)];
    if (i % 2 === 1) messages.unshift(sys('You are a friendly senior engineer answering questions from colleagues.'));
    return { lang, messages, temperature: 0.5 };
  },
};

export const trainR: Family[] = [
  ciBucket, secretHook, alertGate, replicaGuard, wafStream,
  rolloutWatch, incidentBridge, replicaLag, partitionLedger, shellSession,
  fixFailingTest, migrationOrder, vpcReach, releaseTrain, depResolve,
  rightsizing, testSharding, oncallRota, indexBudget, mitigationChoice,
  flakyMemory, reviewPrefs, autoscalerTrials, alertVerdicts, sqlLessons,
  translateNotes, explainTraceback, postmortemSummary, prRewrite, conceptChat,
];
