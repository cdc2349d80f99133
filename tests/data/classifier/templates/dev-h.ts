// Author H: software and IT (devops, on-call, security, data pipelines, support tooling, CI, databases, cloud cost).
// Written blind: built only from the type table, the sample requests and kit.ts.
import {
  type Draft, type Family, type Lang, type Rng, sys, user, say, calls, result, exchange, tool, jsonSchema,
  str, num, int, bool, oneOf, list, obj, langAt, t, pad,
} from './kit';

type Msg = Draft['messages'][number];
const at = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]!;
const chars = (rng: Rng, alphabet: string, n: number): string => {
  let out = '';
  for (let k = 0; k < n; k++) out += alphabet[rng.int(0, alphabet.length - 1)];
  return out;
};
const HEX = '0123456789abcdef';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const hhmm = (minutes: number): string => `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
const hhmmss = (seconds: number): string => `${hhmm(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;

// ───────────────────────────── simple_reflex ─────────────────────────────

const srAlertRoute: Family = {
  id: 'wh-sr-alert-route',
  label: 'simple_reflex',
  difficulty: 'easy',
  variants: 5,
  rationale: 'A single alert is sent to page, ticket or drop from its own severity, environment, service and silence flag; nothing before it matters.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'ja', 'es', 'en'], i);
    const service = at(['payments', 'search-indexer', 'auth', 'billing-export', 'media-transcode'], i);
    const env = at(['production', 'staging', 'dev', 'production', 'staging'], i + rng.int(0, 2));
    const severity = rng.pick(['critical', 'warning', 'critical', 'info']);
    const [alertname, summary] = rng.pick([
      ['HighErrorRate', `5xx ratio ${rng.int(5, 19)}.${rng.int(0, 9)}% over the last 10m`],
      ['PodMemoryNearLimit', `container at ${rng.int(88, 99)}% of memory limit`],
      ['CertificateExpiringSoon', `TLS certificate expires in ${rng.int(2, 13)} days`],
      ['KafkaConsumerLagHigh', `consumer group lag ${rng.int(40, 900)}k messages`],
      ['DiskWillFillIn4h', `volume ${rng.pick(['/var/lib/data', '/srv/cache', '/mnt/wal'])} predicted full in 4h`],
    ] as const);
    const system = t(lang, {
      en: 'You sit between Alertmanager and the paging system. Look at the one alert you are given and send it somewhere:\n- page: severity critical in production, or anything from the payments service outside dev\n- ticket: severity warning in production, or critical in staging\n- drop: everything from dev, anything with silenced=true, and whatever is left over\nAnswer with JSON only.',
      de: 'Du sitzt zwischen Alertmanager und dem Paging-System. Sieh dir den einen Alarm an, den du bekommst, und entscheide, wohin er geht:\n- page: Schweregrad critical in production oder alles vom Service payments außerhalb von dev\n- ticket: Schweregrad warning in production oder critical in staging\n- drop: alles aus dev, alles mit silenced=true und alles Übrige\nAntworte nur mit JSON.',
      ja: 'あなたはAlertmanagerとページングシステムの間にいる振り分け役です。渡されたアラート1件だけを見て、送り先を決めてください。\n- page: productionでseverityがcritical、またはdev以外のpaymentsサービスからのもの\n- ticket: productionでwarning、またはstagingでcritical\n- drop: devからのものすべて、silenced=trueのもの、それ以外の残り\nJSONだけで答えてください。',
      es: 'Estás entre Alertmanager y el sistema de guardias. Mira la única alerta que recibes y decide a dónde va:\n- page: severidad critical en production, o cualquier cosa del servicio payments fuera de dev\n- ticket: severidad warning en production, o critical en staging\n- drop: todo lo que venga de dev, todo lo que tenga silenced=true y lo que sobre\nResponde solo con JSON.',
    });
    const payload: Record<string, unknown> = {
      status: 'firing',
      labels: { alertname, service, env, severity, cluster: rng.pick(['eu-west-1a', 'us-east-2', 'ap-northeast-1']), team: rng.pick(['core', 'platform', 'growth']) },
      annotations: i % 2 === 0
        ? { summary, runbook_url: `https://runbooks.internal/${alertname.toLowerCase()}` }
        : { summary },
      startsAt: `2024-0${rng.int(3, 9)}-${pad(rng.int(1, 28))}T${hhmmss(rng.int(0, 86399))}Z`,
      silenced: rng.chance(0.25),
      fingerprint: chars(rng, HEX, 16),
    };
    return {
      lang,
      messages: [sys(system), user(JSON.stringify(payload, null, i % 2 === 0 ? 2 : 0))],
      response_format: jsonSchema('alert_route', { route: oneOf('page', 'ticket', 'drop'), reason: str }),
      temperature: 0,
      max_tokens: 80,
    };
  },
};

interface CiCase { job: string; path: string; team: string; exit: number; tail: (rng: Rng) => string[] }
const CI_CASES: CiCase[] = [
  {
    job: 'build-images', path: 'services/checkout/Dockerfile', team: '@shop/checkout', exit: 1,
    tail: (rng) => [
      '$ docker build -t registry.internal/checkout:$CI_COMMIT_SHA services/checkout',
      'Sending build context to Docker daemon  48.2MB',
      'Step 1/14 : FROM registry.internal/base/node:20-slim',
      `Error response from daemon: Get "https://registry.internal/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)`,
      `retrying in ${rng.int(2, 9)}s (attempt 3/3)`,
      'Error response from daemon: Get "https://registry.internal/v2/": dial tcp 10.12.0.40:443: i/o timeout',
    ],
  },
  {
    job: 'unit-tests (node 20)', path: 'packages/cart/src/totals.ts', team: '@shop/cart', exit: 1,
    tail: (rng) => [
      'FAIL packages/cart/src/totals.test.ts',
      '  ● applyCoupon › does not discount below zero',
      '',
      '    expect(received).toEqual(expected) // deep equality',
      '',
      `    Expected: {"discount": ${rng.int(10, 40)}, "total": 0}`,
      `    Received: {"discount": ${rng.int(41, 90)}, "total": -${rng.int(1, 30)}}`,
      '',
      '      at Object.<anonymous> (packages/cart/src/totals.test.ts:88:29)',
      '',
      `Tests:       1 failed, ${rng.int(140, 260)} passed, ${rng.int(141, 261)} total`,
    ],
  },
  {
    job: 'integration-go', path: 'services/ledger/', team: '@fin/ledger', exit: 1,
    tail: (rng) => [
      '=== RUN   TestLedgerPostingRoundTrip',
      `--- PASS: TestLedgerPostingRoundTrip (${rng.int(1, 4)}.${rng.int(10, 99)}s)`,
      '=== RUN   TestLedgerReconcileNightly',
      'WARNING: Job was terminated: runner system failure: lost communication with runner',
      `ERROR: Job failed (system failure): runner ${chars(rng, HEX, 8)} disconnected after ${rng.int(300, 900)}s`,
    ],
  },
  {
    job: 'cargo-test', path: 'crates/fx/', team: '@fin/fx', exit: 101,
    tail: (rng) => [
      'running 64 tests',
      `test convert::tests::eur_to_jpy ... ok`,
      `test convert::tests::rounding_half_even ... FAILED`,
      '',
      'failures:',
      "---- convert::tests::rounding_half_even stdout ----",
      "thread 'convert::tests::rounding_half_even' panicked at crates/fx/src/convert.rs:212:9:",
      'assertion `left == right` failed',
      `  left: ${rng.int(100, 999)}.26`,
      ` right: ${rng.int(100, 999)}.25`,
      '',
      'test result: FAILED. 63 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out',
    ],
  },
  {
    job: 'e2e-playwright', path: 'e2e/', team: '@shop/web-platform', exit: 137,
    tail: (rng) => [
      `Running ${rng.int(90, 180)} tests using 6 workers`,
      `  ✓  ${rng.int(20, 60)} [chromium] › checkout.spec.ts:41:5 › guest checkout with saved card (${rng.int(4, 9)}.${rng.int(1, 9)}s)`,
      '/scripts-1234/step_script: line 201:   412 Killed                  npx playwright test',
      `runner memory: 7.${rng.int(80, 99)}GiB / 8.0GiB (oom_kill=1)`,
    ],
  },
  {
    job: 'lint-typecheck', path: 'packages/api/src/orders.ts', team: '@shop/api', exit: 2,
    tail: (rng) => [
      '$ tsc -b --pretty false',
      `packages/api/src/orders.ts(${rng.int(100, 300)},7): error TS2322: Type 'string | undefined' is not assignable to type 'string'.`,
      `packages/api/src/orders.ts(${rng.int(301, 400)},12): error TS2345: Argument of type 'OrderDraft' is not assignable to parameter of type 'Order'.`,
      'Found 2 errors.',
    ],
  },
];

const srCiRetry: Family = {
  id: 'wh-sr-ci-retry-or-fail',
  label: 'simple_reflex',
  difficulty: 'medium',
  variants: 5,
  rationale: 'The failed job log alone says whether the cause is infrastructure (retry) or broken code (fail to the owner), a direct mapping from the current input to one action.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'zh', 'pt', 'en'], i);
    const c = at(CI_CASES, i === 4 ? rng.int(4, 5) : i);
    const jobId = rng.int(1_200_000, 9_800_000);
    const preamble: string[] = [
      `Running with gitlab-runner 16.${rng.int(2, 9)}.${rng.int(0, 3)} on ${rng.pick(['k8s-ci-pool', 'ci-spot-large', 'ci-arm64'])}-${chars(rng, HEX, 5)}`,
      'Preparing the "kubernetes" executor',
      `Using Kubernetes namespace: ci-${chars(rng, HEX, 6)}`,
      'Getting source from Git repository',
      `Checking out ${chars(rng, HEX, 8)} as detached HEAD (ref is ${rng.pick(['main', 'feat/split-tender', 'fix/rounding', 'renovate/node-20.x'])})...`,
      'Restoring cache',
      `Successfully extracted cache (${rng.int(200, 900)} MB)`,
    ];
    const system = t(lang, {
      en: 'You babysit CI for the shop monorepo. You get one failed job at a time. If it died for an infrastructure reason (runner lost, image pull or network timeout, runner OOM-killed, artifact store 5xx), call retry_job. If the code itself is broken (compile error, failing assertion, lint), call mark_failed and name the owning team from the CODEOWNERS match. Exactly one call.',
      fr: "Tu surveilles la CI du monorepo de la boutique. Tu reçois un job en échec à la fois. S'il est tombé pour une raison d'infrastructure (runner perdu, timeout réseau ou de pull d'image, runner tué par manque de mémoire, erreur 5xx du stockage d'artefacts), appelle retry_job. Si c'est le code lui-même qui est cassé (erreur de compilation, assertion qui échoue, lint), appelle mark_failed en indiquant l'équipe propriétaire donnée par CODEOWNERS. Un seul appel.",
      zh: '你负责看护商城 monorepo 的 CI。每次只会收到一个失败的任务。如果是基础设施原因（runner 丢失、拉取镜像或网络超时、runner 因内存不足被杀、制品仓库返回 5xx），调用 retry_job；如果是代码本身有问题（编译错误、断言失败、lint），调用 mark_failed，并按 CODEOWNERS 匹配结果填写负责团队。只调用一次。',
      pt: 'Você cuida da CI do monorepo da loja. Chega um job com falha por vez. Se ele caiu por motivo de infraestrutura (runner perdido, timeout de rede ou de pull de imagem, runner morto por falta de memória, erro 5xx no armazenamento de artefatos), chame retry_job. Se o próprio código está quebrado (erro de compilação, asserção falhando, lint), chame mark_failed com o time dono indicado pelo CODEOWNERS. Apenas uma chamada.',
    });
    const body = [
      `job #${jobId} \`${c.job}\` failed (exit ${c.exit})`,
      `CODEOWNERS match: ${c.path} → ${c.team}`,
      '--- last lines of log ---',
      ...preamble,
      ...c.tail(rng),
      `ERROR: Job failed: exit code ${c.exit}`,
    ].join('\n');
    return {
      lang,
      messages: [sys(system), user(body)],
      tools: [
        tool('retry_job', 'Re-run a CI job once.', { job_id: int, reason: str }),
        tool('mark_failed', 'Mark the job as a genuine failure and notify the owning team.', { job_id: int, team: str, summary: str }),
      ],
      tool_choice: 'required',
      temperature: 0,
    };
  },
};

const srSecretHook: Family = {
  id: 'wh-sr-secret-push-hook',
  label: 'simple_reflex',
  difficulty: 'easy',
  variants: 5,
  rationale: 'Whether to block the push is decided from the one diff hunk against fixed credential patterns, with no memory or planning.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'de', 'ja', 'en'], i);
    const hunks = [
      () => `diff --git a/deploy/config/prod.yaml b/deploy/config/prod.yaml\n@@ -12,6 +12,8 @@ storage:\n   bucket: media-prod-${chars(rng, HEX, 4)}\n   region: eu-central-1\n+  aws_access_key_id: AKIA${chars(rng, UPPER.slice(0, 26), 16)}\n+  aws_secret_access_key: ${chars(rng, ALNUM, 40)}\n   multipart_threshold_mb: 64`,
      () => `diff --git a/.env.example b/.env.example\n@@ -3,4 +3,5 @@ DATABASE_URL=postgres://app:app@localhost:5432/app\n REDIS_URL=redis://localhost:6379/0\n+STRIPE_SECRET_KEY=<put-your-test-key-here>\n LOG_LEVEL=debug`,
      () => `diff --git a/ops/slack-notify.sh b/ops/slack-notify.sh\n@@ -1,7 +1,6 @@\n #!/usr/bin/env bash\n set -euo pipefail\n-SLACK_BOT_TOKEN="xoxb-${rng.int(1e9, 9e9)}-${chars(rng, ALNUM, 24)}"\n+SLACK_BOT_TOKEN="\${SLACK_BOT_TOKEN:?missing}"\n curl -sS -X POST https://slack.com/api/chat.postMessage \\`,
      () => `diff --git a/infra/bastion/id_ed25519 b/infra/bastion/id_ed25519\nnew file mode 100600\n@@ -0,0 +1,7 @@\n+-----BEGIN OPENSSH PRIVATE KEY-----\n+b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n+${chars(rng, ALNUM, 70)}\n+${chars(rng, ALNUM, 70)}\n+-----END OPENSSH PRIVATE KEY-----`,
      () => `diff --git a/tests/fixtures/github_app.json b/tests/fixtures/github_app.json\n@@ -0,0 +1,6 @@\n+{\n+  "_comment": "FAKE credentials for unit tests only, never valid",\n+  "installation_id": ${rng.int(10000, 99999)},\n+  "token": "ghp_FAKE${'0'.repeat(32)}"\n+}`,
    ];
    const system = t(lang, {
      en: 'Pre-receive hook reviewer. You see one diff hunk from a push. Block it if it adds a real credential: private keys, cloud access keys (AKIA…), tokens with known prefixes (ghp_, xoxb-, sk_live_). Allow it if the value is a placeholder, a test fixture explicitly marked as fake, or if the credential is being removed. Report the line number inside the hunk (0 if none).',
      es: 'Revisor del hook pre-receive. Ves un único fragmento de diff de un push. Bloquéalo si añade una credencial real: claves privadas, claves de acceso de la nube (AKIA…), tokens con prefijos conocidos (ghp_, xoxb-, sk_live_). Permítelo si el valor es un marcador de posición, un fixture de pruebas marcado explícitamente como falso, o si la credencial se está eliminando. Indica el número de línea dentro del fragmento (0 si no hay).',
      de: 'Prüfer im Pre-Receive-Hook. Du siehst einen einzelnen Diff-Hunk aus einem Push. Blockiere ihn, wenn er echte Zugangsdaten hinzufügt: private Schlüssel, Cloud-Zugriffsschlüssel (AKIA…), Tokens mit bekannten Präfixen (ghp_, xoxb-, sk_live_). Lass ihn durch, wenn der Wert ein Platzhalter ist, eine ausdrücklich als Fake markierte Test-Fixture, oder wenn die Zugangsdaten entfernt werden. Gib die Zeilennummer im Hunk an (0, wenn keine).',
      ja: 'pre-receiveフックのレビュー担当です。pushに含まれるdiffのハンクを1つだけ見ます。本物の認証情報（秘密鍵、クラウドのアクセスキー AKIA…、ghp_・xoxb-・sk_live_ などの既知プレフィックスを持つトークン）を追加している場合はブロックしてください。値がプレースホルダー、偽物と明記されたテスト用フィクスチャ、または認証情報を削除する変更であれば許可します。ハンク内の行番号も返してください（該当なしは0）。',
    });
    return {
      lang,
      messages: [sys(system), user(at(hunks, i)())],
      response_format: jsonSchema('push_verdict', {
        decision: oneOf('block', 'allow'),
        finding: oneOf('private_key', 'cloud_access_key', 'api_token', 'none'),
        line: int,
      }),
      temperature: 0,
    };
  },
};

const srSqlGate: Family = {
  id: 'wh-sr-sql-gate',
  label: 'simple_reflex',
  difficulty: 'easy',
  variants: 5,
  rationale: 'Each statement gets ALLOW, REVIEW or DENY from its own text and row estimate alone, a one-word reactive verdict.',
  make: (rng, i) => {
    const lang = langAt(['en', 'pt', 'zh', 'fr', 'en'], i);
    const stmts: [string, number][] = [
      [`DELETE FROM sessions WHERE expires_at < now() - interval '${rng.int(7, 60)} days';`, rng.int(800, 9000)],
      [`UPDATE users SET plan = 'pro', updated_at = now();`, rng.int(200_000, 3_000_000)],
      [`ALTER TABLE orders ADD COLUMN gift_note text;`, 0],
      [`SELECT id, amount_cents, status FROM billing.invoices WHERE customer_id = ${rng.int(10000, 99999)} ORDER BY issued_at DESC LIMIT 20;`, rng.int(1, 40)],
      [`UPDATE shipments SET carrier = 'dhl_express' WHERE warehouse_id = ${rng.int(2, 40)} AND status = 'pending';`, rng.int(11_000, 60_000)],
    ];
    const [sql, rows] = at(stmts, i);
    const system = t(lang, {
      en: 'Query gate on the production read-write proxy. Reply with exactly one word: ALLOW, REVIEW or DENY.\nDENY: DROP, TRUNCATE, GRANT/REVOKE, and UPDATE or DELETE without a WHERE clause.\nREVIEW: ALTER TABLE; UPDATE/DELETE whose estimated row count is above 10000; anything touching the billing schema.\nALLOW: everything else.',
      pt: 'Portão de consultas do proxy de leitura e escrita de produção. Responda com exatamente uma palavra: ALLOW, REVIEW ou DENY.\nDENY: DROP, TRUNCATE, GRANT/REVOKE, e UPDATE ou DELETE sem cláusula WHERE.\nREVIEW: ALTER TABLE; UPDATE/DELETE com estimativa acima de 10000 linhas; qualquer coisa que toque o schema billing.\nALLOW: todo o resto.',
      zh: '你是生产环境读写代理前的 SQL 闸门。只回复一个词：ALLOW、REVIEW 或 DENY。\nDENY：DROP、TRUNCATE、GRANT/REVOKE，以及没有 WHERE 子句的 UPDATE 或 DELETE。\nREVIEW：ALTER TABLE；预估影响行数超过 10000 的 UPDATE/DELETE；任何涉及 billing schema 的语句。\nALLOW：其余情况。',
      fr: "Filtre de requêtes sur le proxy lecture-écriture de production. Réponds par un seul mot : ALLOW, REVIEW ou DENY.\nDENY : DROP, TRUNCATE, GRANT/REVOKE, et UPDATE ou DELETE sans clause WHERE.\nREVIEW : ALTER TABLE ; UPDATE/DELETE dont l'estimation dépasse 10000 lignes ; tout ce qui touche le schéma billing.\nALLOW : tout le reste.",
    });
    const who = rng.pick(['svc-reporting', 'm.kowalski', 'retool-ops', 'a.nakamura', 'cron-cleanup']);
    return {
      lang,
      messages: [sys(system), user(`user=${who} db=${rng.pick(['shop_main', 'core_prod', 'fulfil_prod'])} est_rows=${rows}\n${sql}`)],
      temperature: 0,
      max_tokens: 3,
    };
  },
};

const srPodEvents: Family = {
  id: 'wh-sr-k8s-event-responder',
  label: 'simple_reflex',
  secondary: 'model_based_reflex',
  difficulty: 'hard',
  variants: 4,
  rationale: 'The operator states each event stands alone and gives a reason-to-action table, so the latest event maps straight to one call; the visible history of earlier events (sometimes the same pod) makes a stateful reading tempting.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'es', 'en'], i);
    const cluster = at(['prod-eu-1', 'prod-us-2', 'edge-ap-1', 'prod-eu-2'], i);
    const ns = at(['checkout', 'search', 'notifications', 'ledger'], i);
    const pod = `${ns}-api-${chars(rng, HEX, 9)}-${chars(rng, 'abcdefghijklmnopqrstuvwxyz0123456789', 5)}`;
    const node = `ip-10-${rng.int(10, 60)}-${rng.int(0, 255)}-${rng.int(1, 254)}`;
    const system = t(lang, {
      en: `You react to Kubernetes warning events from the ${cluster} cluster. Every event stands on its own: the upstream aggregator already merges repeats, so do not connect it with events you saw before. Call exactly one tool per event.\nCrashLoopBackOff or BackOff → notify_owner. Liveness probe failed (no restart yet) → restart_pod. NodeNotReady, DiskPressure or KernelDeadlock → cordon_node. FailedScheduling, Pulled, ScalingReplicaSet and anything informational → ack.`,
      de: `Du reagierst auf Kubernetes-Warnereignisse aus dem Cluster ${cluster}. Jedes Ereignis steht für sich: der vorgeschaltete Aggregator fasst Wiederholungen bereits zusammen, also verknüpfe es nicht mit früheren Ereignissen. Rufe pro Ereignis genau ein Tool auf.\nCrashLoopBackOff oder BackOff → notify_owner. Liveness probe failed (noch kein Neustart) → restart_pod. NodeNotReady, DiskPressure oder KernelDeadlock → cordon_node. FailedScheduling, Pulled, ScalingReplicaSet und alles Informative → ack.`,
      es: `Reaccionas a los eventos de advertencia de Kubernetes del clúster ${cluster}. Cada evento va por su cuenta: el agregador previo ya junta las repeticiones, así que no lo relaciones con eventos anteriores. Llama exactamente a una herramienta por evento.\nCrashLoopBackOff o BackOff → notify_owner. Liveness probe failed (sin reinicio todavía) → restart_pod. NodeNotReady, DiskPressure o KernelDeadlock → cordon_node. FailedScheduling, Pulled, ScalingReplicaSet y todo lo informativo → ack.`,
    });
    const events: { text: string; call: [string, Record<string, unknown>] }[] = [];
    const evId = () => `ev-${chars(rng, HEX, 10)}`;
    const e1 = evId();
    events.push({ text: `{"id":"${e1}","type":"Warning","reason":"Unhealthy","object":"pod/${pod}","namespace":"${ns}","message":"Liveness probe failed: HTTP probe failed with statuscode: 503","count":1}`, call: ['restart_pod', { namespace: ns, pod }] });
    const e2 = evId();
    events.push({ text: `{"id":"${e2}","type":"Normal","reason":"ScalingReplicaSet","object":"deployment/${ns}-worker","namespace":"${ns}","message":"Scaled up replica set ${ns}-worker-${chars(rng, HEX, 9)} to ${rng.int(4, 12)}","count":1}`, call: ['ack', { event_id: e2 }] });
    if (i % 2 === 1) {
      const e3 = evId();
      events.push({ text: `{"id":"${e3}","type":"Warning","reason":"DiskPressure","object":"node/${node}","message":"node has disk pressure: imagefs.available<${rng.int(10, 15)}%","count":1}`, call: ['cordon_node', { node }] });
    }
    const final = i % 2 === 0
      ? `{"id":"${evId()}","type":"Warning","reason":"BackOff","object":"pod/${pod}","namespace":"${ns}","message":"Back-off restarting failed container api in pod ${pod}","count":${rng.int(3, 9)}}`
      : `{"id":"${evId()}","type":"Warning","reason":"FailedScheduling","object":"pod/${ns}-worker-${chars(rng, HEX, 9)}-${chars(rng, 'abcdefghijklmnopqrstuvwxyz', 5)}","namespace":"${ns}","message":"0/${rng.int(6, 30)} nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unschedulable: }, ${rng.int(3, 12)} Insufficient cpu.","count":2}`;
    const messages: Msg[] = [sys(system)];
    for (const ev of events) {
      messages.push(user(ev.text));
      const { message, ids } = calls(rng, ev.call);
      messages.push(message, result(ids[0]!, { ok: true }));
      messages.push(say(i === 3 ? 'done' : 'ok'));
    }
    messages.push(user(final));
    return {
      lang,
      messages,
      tools: [
        tool('restart_pod', 'Delete a pod so its controller recreates it.', { namespace: str, pod: str }),
        tool('cordon_node', 'Mark a node unschedulable.', { node: str }),
        tool('notify_owner', 'Post the event to the owning team channel.', { namespace: str, pod: str, reason: str }),
        tool('ack', 'Acknowledge an event without action.', { event_id: str }),
      ],
      tool_choice: 'required',
      temperature: 0,
    };
  },
};

// ───────────────────────────── model_based_reflex ─────────────────────────────

const mbOncallBatches: Family = {
  id: 'wh-mb-oncall-log-batches',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 5,
  rationale: 'One dependency never logs, so its condition can only be inferred by carrying forward what its callers reported across earlier batches; the final turn asks for the current picture of every service.',
  make: (rng, i) => {
    const lang = langAt(['en', 'ja', 'fr', 'en', 'de'], i);
    const [platform, A, B, C, D] = at([
      ['ticketing API', 'edge', 'orders', 'holds-svc', 'seatmap'],
      ['ride-matching backend', 'api-gw', 'dispatch', 'geo-index', 'eta'],
      ['video ingest pipeline', 'uploader', 'transcoder', 'object-proxy', 'thumbnailer'],
      ['invoicing API', 'edge', 'invoices', 'fx-rates', 'pdf-render'],
      ['matchmaking service', 'lobby', 'matcher', 'elo-store', 'profile'],
    ] as const, i);
    const n = 3 + (i % 3);
    const ver = `${rng.int(1, 4)}.${rng.int(0, 30)}.${rng.int(0, 9)}`;
    const podsReady = rng.int(4, 12);
    let clock = rng.int(8 * 3600, 20 * 3600);
    const stamp = (): string => {
      clock += rng.int(4, 40);
      return hhmmss(clock);
    };
    const batches: string[][] = [
      [`${stamp()} ${D} INFO deploy ${D} v${ver} complete (${podsReady}/${podsReady} pods ready)`, `${stamp()} ${A} INFO rps=${rng.int(300, 2400)} p95=${rng.int(60, 140)}ms`],
      [`${stamp()} ${B} WARN call to ${C} timed out after 3000ms (attempt 1/3)`, `${stamp()} ${A} INFO rps=${rng.int(300, 2400)} p95=${rng.int(180, 400)}ms`, `${stamp()} ${B} WARN call to ${C} timed out after 3000ms (attempt 2/3)`],
      [`${stamp()} ${B} ERROR ${C}: connection pool exhausted, waited 5000ms for a connection`, `${stamp()} ${A} ERROR upstream ${B} returned 504 path=/v1/${rng.pick(['orders', 'quotes', 'jobs', 'matches'])}`, `${stamp()} autoscaler INFO scaled ${C} 3→6 replicas`, `${stamp()} ${A} ERROR upstream ${B} returned 504 path=/v1/${rng.pick(['orders', 'quotes', 'jobs', 'matches'])}`],
      [`${stamp()} ${B} INFO ${C} calls ok p95=${rng.int(40, 90)}ms`, `${stamp()} ${A} WARN upstream ${B} 504 (1 in last minute)`, `${stamp()} ${D} INFO cache warm, hit ratio ${rng.int(80, 97)}%`],
      [`${stamp()} autoscaler INFO scaled ${C} 6→3 replicas (cooldown elapsed)`, `${stamp()} ${D} INFO rps=${rng.int(100, 900)}`, `${stamp()} ${B} WARN call to ${C} timed out after 3000ms (attempt 1/3)`],
    ];
    const replies: Record<string, string[]> = {
      en: [`All quiet. ${D} v${ver} deployed, traffic normal.`, `${B} is getting timeouts to ${C}; ${C} itself says nothing. Watching.`, `Worse: ${B} reports ${C}'s connection pool exhausted, ${A} returning 504s. Autoscaler doubled ${C}.`, `Improving: ${B}→${C} calls succeed again, one residual 504 at ${A}.`],
      ja: [`異常なし。${D} v${ver} のデプロイ完了、トラフィックも通常どおり。`, `${B}から${C}へのタイムアウトが出始めた。${C}自体からは何も出ていない。様子見。`, `悪化：${B}によると${C}のコネクションプールが枯渇、${A}は504を返している。オートスケーラーが${C}を倍に増やした。`, `改善中：${B}→${C}の呼び出しは成功に戻った。${A}で504が1件だけ残る。`],
      fr: [`RAS. ${D} v${ver} déployé, trafic normal.`, `${B} voit des timeouts vers ${C} ; ${C} lui-même ne dit rien. À surveiller.`, `Ça s'aggrave : d'après ${B}, le pool de connexions de ${C} est épuisé, ${A} renvoie des 504. L'autoscaler a doublé ${C}.`, `Ça s'améliore : les appels ${B}→${C} repassent, un 504 résiduel sur ${A}.`],
      de: [`Alles ruhig. ${D} v${ver} ausgerollt, Traffic normal.`, `${B} bekommt Timeouts zu ${C}; ${C} selbst meldet nichts. Beobachte weiter.`, `Verschärft sich: laut ${B} ist der Connection-Pool von ${C} erschöpft, ${A} liefert 504. Autoscaler hat ${C} verdoppelt.`, `Besserung: ${B}→${C}-Aufrufe gehen wieder durch, noch ein einzelner 504 bei ${A}.`],
    };
    const system = t(lang, {
      en: `You are the on-call assistant for the ${platform}. Log excerpts arrive every few minutes. ${C} has no log shipping and its metrics exporter is broken, so you only ever see it through what its callers report. After each excerpt answer with one short status line.`,
      ja: `あなたは${platform}のオンコール補佐です。数分おきにログの抜粋が届きます。${C}はログ転送がなく、メトリクスのエクスポーターも壊れているので、呼び出し側のログからしか様子がわかりません。抜粋ごとに短い一行で状況を返してください。`,
      fr: `Tu es l'assistant d'astreinte pour le ${platform}. Des extraits de logs arrivent toutes les quelques minutes. ${C} n'envoie pas de logs et son exporteur de métriques est cassé : tu ne le vois qu'à travers ce qu'en disent ses appelants. Après chaque extrait, réponds par une courte ligne de situation.`,
      de: `Du bist der Bereitschafts-Assistent für den ${platform}. Alle paar Minuten kommen Log-Auszüge. ${C} verschickt keine Logs und sein Metrik-Exporter ist kaputt, du siehst ihn also nur über das, was seine Aufrufer melden. Antworte nach jedem Auszug mit einer kurzen Lagezeile.`,
    });
    const ask = t(lang, {
      en: `Where do things stand right now? Give every service a status with the evidence, and tell me whether the ${C} problem is still going on.`,
      ja: `今どうなっていますか？各サービスについて根拠つきでステータスを示し、${C}の問題がまだ続いているか教えてください。`,
      fr: `On en est où, là ? Donne un statut pour chaque service avec ce qui le justifie, et dis-moi si le problème de ${C} est toujours en cours.`,
      de: `Wie sieht es gerade aus? Gib für jeden Dienst einen Status mit Begründung an und sag mir, ob das Problem mit ${C} noch andauert.`,
    });
    const messages: Msg[] = [sys(system)];
    for (let b = 0; b < n - 1; b++) {
      messages.push(user(`--- batch ${b + 1} ---\n${batches[b]!.join('\n')}`));
      messages.push(say(replies[lang]![b]!));
    }
    messages.push(user(`--- batch ${n} ---\n${batches[n - 1]!.join('\n')}\n\n${ask}`));
    return {
      lang,
      messages,
      response_format: jsonSchema('service_picture', {
        services: list(obj({ name: str, status: oneOf('healthy', 'degraded', 'down', 'unknown'), evidence: str })),
        dependency_issue_ongoing: bool,
        summary: str,
      }),
      temperature: 0.2,
    };
  },
};

const mbReplicaLag: Family = {
  id: 'wh-mb-replica-lag-polls',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Replica lag is polled over several shell outputs with one replica often missing, so deciding which replicas can serve reads now needs an estimate carried across polls rather than the last output alone.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'zh', 'en'], i);
    const [primary, replicas] = at([
      ['pg-main-1', ['pg-replica-1', 'pg-replica-2', 'pg-replica-3']],
      ['orders-db-primary', ['orders-db-ro-a', 'orders-db-ro-b', 'orders-db-ro-c']],
      ['pgsql-core-01', ['pgsql-core-02', 'pgsql-core-03', 'pgsql-core-04']],
      ['ledger-pg-a', ['ledger-pg-b', 'ledger-pg-c', 'ledger-pg-d']],
    ] as const, i);
    const flaky = replicas[1];
    const polls = 3 + (i % 3);
    const lagA = [2, 15, 41, 38, 12].map((x) => x + rng.next() * 3);
    const lagB: (number | null)[] = [5, null, 35 + rng.int(0, 9), null, null];
    const lagC = [1, 3, 9, 22, 27].map((x) => x + rng.next() * 2);
    let lsn = rng.int(0x100000, 0xffffff);
    const fmtLag = (s: number): string => `00:00:${s < 10 ? '0' : ''}${s.toFixed(2)}`;
    const table = (p: number): string => {
      const rows: string[] = [];
      const names = [replicas[0], replicas[1], replicas[2]];
      const lags = [lagA[p]!, lagB[p] ?? null, lagC[p]!];
      lsn += rng.int(0x4000, 0x90000);
      names.forEach((name, k) => {
        const lag = lags[k];
        if (lag === null || lag === undefined) return;
        rows.push(` ${name.padEnd(17)}| streaming | 3A/${lsn.toString(16).toUpperCase()} | 3A/${(lsn - Math.round(lag * 900)).toString(16).toUpperCase()} | ${fmtLag(lag)}`);
      });
      return [' application_name | state     | sent_lsn  | replay_lsn | replay_lag', '------------------+-----------+-----------+------------+-------------', ...rows, `(${rows.length} rows)`].join('\n');
    };
    const system = t(lang, {
      en: `You are the DBA assistant with shell access to the bastion host. ${flaky} has a flaky stats collector: when a poll shows no row for it, that usually means the collector hiccuped, not that replication broke. A replica may serve reads only while its replay lag is under 30 s.`,
      de: `Du bist der DBA-Assistent mit Shell-Zugang zum Bastion-Host. ${flaky} hat einen unzuverlässigen Statistik-Collector: fehlt bei einer Abfrage seine Zeile, hat meist nur der Collector gehakt, nicht die Replikation. Ein Replikat darf nur Lesezugriffe bedienen, solange sein Replay-Lag unter 30 s liegt.`,
      zh: `你是 DBA 助手，可以通过 shell 登录跳板机。${flaky} 的统计采集器不太稳定：某次查询里没有它那一行，通常只是采集器卡了一下，并不代表复制断了。副本只有在回放延迟低于 30 秒时才能承接读流量。`,
    });
    const opener = t(lang, {
      en: `The nightly backfill is hammering ${primary}. Poll the replicas every few minutes and tell me if any of them should come out of the read pool.`,
      de: `Der nächtliche Backfill hämmert auf ${primary}. Frag die Replikate alle paar Minuten ab und sag Bescheid, wenn eines aus dem Lese-Pool raus sollte.`,
      zh: `夜间回填任务正在猛烈写入 ${primary}。每隔几分钟查一下各个副本，如果有哪个应该移出读池就告诉我。`,
    });
    const again = t(lang, { en: 'again', de: 'nochmal', zh: '再查一次' });
    const notes: Record<string, string[]> = {
      en: ['All three under 6 s. Fine.', `${replicas[0]} climbing; no row for ${flaky} this time.`, `${replicas[0]} over 30 s — pull it from the read pool. ${flaky} reappeared at ~35 s, also out.`, `${replicas[0]} still over 30 s; ${flaky} missing again.`],
      de: ['Alle drei unter 6 s. Passt.', `${replicas[0]} steigt; diesmal keine Zeile für ${flaky}.`, `${replicas[0]} über 30 s — aus dem Lese-Pool nehmen. ${flaky} ist mit ~35 s wieder da, ebenfalls raus.`, `${replicas[0]} weiter über 30 s; ${flaky} fehlt wieder.`],
      zh: ['三个都在 6 秒以内，正常。', `${replicas[0]} 在上升；这次没有 ${flaky} 的行。`, `${replicas[0]} 超过 30 秒，先移出读池。${flaky} 又出现了，约 35 秒，也移出。`, `${replicas[0]} 仍超过 30 秒；${flaky} 又没有数据。`],
    };
    const sql = `psql -h ${primary} -U monitor -At -P pager=off -c "select application_name, state, sent_lsn, replay_lsn, replay_lag from pg_stat_replication order by 1" -P format=aligned`;
    const messages: Msg[] = [sys(system), user(opener)];
    for (let p = 0; p < polls; p++) {
      if (p > 0) messages.push(user(again));
      const out = p === polls - 1
        ? `${table(p)}\n$ tail -n 2 /var/log/backfill/run.log\n${hhmmss(rng.int(3600, 5 * 3600))} backfill: batch ${rng.int(380, 420)}/${rng.int(420, 420)} committed\n${hhmmss(rng.int(5 * 3600, 6 * 3600))} backfill: done, ${rng.int(20, 90)}M rows in ${rng.int(60, 140)} min`
        : table(p);
      exchange(rng, messages, 'bash', { command: p === polls - 1 ? `${sql}; tail -n 2 /var/log/backfill/run.log` : sql }, out);
      if (p < polls - 1) messages.push(say(notes[lang]![p]!));
    }
    messages.push(user(t(lang, {
      en: `Backfill's finished. Which replicas can take read traffic right now, and what's your best guess for ${flaky}'s lag given the gaps?`,
      de: `Backfill ist durch. Welche Replikate können jetzt Lesetraffic übernehmen, und was schätzt du für den Lag von ${flaky}, wo doch Werte fehlen?`,
      zh: `回填已经结束了。现在哪些副本可以承接读流量？${flaky} 中间缺了几次数据，你估计它现在的延迟是多少？`,
    })));
    return {
      lang,
      messages,
      tools: [tool('bash', 'Run a shell command on the bastion host and return stdout/stderr.', { command: str })],
      temperature: 0.2,
    };
  },
};

const mbCanary: Family = {
  id: 'wh-mb-canary-scrapes',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 4,
  rationale: 'The promote condition counts consecutive in-band snapshots and some error scrapes are missing, so each reply depends on a running estimate built from earlier snapshots rather than the current one alone.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'pt', 'ja'], i);
    const svc = at(['search-ranker', 'cart-api', 'notif-dispatch', 'geo-lookup'], i);
    const n = 4 + (i % 3);
    const system = t(lang, {
      en: `Canary controller for ${svc}. Every two minutes you get a snapshot comparing baseline and canary. The canary's error-rate scrape sometimes fails and shows n/a; latency always comes through. Move up one weight step once the canary's error rate has been within 0.1 points of baseline for three snapshots in a row; roll back if it is more than 0.5 points worse; otherwise hold. Reply with JSON.`,
      es: `Controlador del canario de ${svc}. Cada dos minutos recibes una instantánea que compara baseline y canario. La recogida de la tasa de errores del canario a veces falla y aparece n/a; la latencia siempre llega. Sube un escalón de peso cuando la tasa de errores del canario lleve tres instantáneas seguidas a 0,1 puntos o menos del baseline; haz rollback si está más de 0,5 puntos peor; en otro caso, mantén. Responde en JSON.`,
      pt: `Controlador do canário de ${svc}. A cada dois minutos chega um retrato comparando baseline e canário. A coleta da taxa de erro do canário às vezes falha e aparece n/a; a latência sempre chega. Suba um degrau de peso quando a taxa de erro do canário estiver a no máximo 0,1 ponto do baseline por três retratos seguidos; faça rollback se estiver mais de 0,5 ponto pior; caso contrário, segure. Responda em JSON.`,
      ja: `${svc} のカナリアコントローラーです。2分ごとにベースラインとカナリアを比較したスナップショットが届きます。カナリアのエラー率の取得はときどき失敗して n/a になりますが、レイテンシは必ず届きます。カナリアのエラー率がベースラインとの差0.1ポイント以内の状態が3回連続したら重みを1段上げ、0.5ポイントを超えて悪ければロールバック、それ以外は維持してください。JSONで答えてください。`,
    });
    const inBand = (k: number) => t(lang, { en: `within 0.1 of baseline (${k}/3)`, es: `a 0,1 o menos del baseline (${k}/3)`, pt: `a até 0,1 do baseline (${k}/3)`, ja: `ベースラインとの差0.1以内（${k}/3）` });
    const outBand = t(lang, { en: 'above band, streak reset', es: 'fuera de la banda, racha a cero', pt: 'fora da faixa, sequência zerada', ja: '差が0.1超、カウントをリセット' });
    const missing = t(lang, { en: 'no error data; latency unchanged, streak not advanced', es: 'sin dato de errores; latencia igual, la racha no avanza', pt: 'sem dado de erro; latência igual, sequência não avança', ja: 'エラー率なし。レイテンシは変化なし、カウントは進めない' });
    const steps = [5, 10, 25, 50, 100];
    let step = 0;
    let streak = 0;
    let lastErr = 0;
    const naAt = new Set([1 + rng.int(0, n - 3), n - 1]);
    const messages: Msg[] = [sys(system)];
    for (let k = 0; k < n; k++) {
      const base = 0.3 + rng.int(0, 20) / 100;
      const canary = +(base + (rng.chance(0.75) ? rng.int(-4, 9) : rng.int(12, 25)) / 100).toFixed(2);
      const na = naAt.has(k);
      const p99b = rng.int(160, 260);
      const line = `t+${2 * (k + 1)}m weight=${steps[step]}% | baseline err=${base.toFixed(2)}% p99=${p99b}ms | canary err=${na ? 'n/a' : `${canary.toFixed(2)}%`} p99=${p99b + rng.int(-8, 20)}ms`;
      messages.push(user(line));
      if (k === n - 1) break;
      let action = 'HOLD';
      let note: string;
      if (na) note = missing;
      else {
        lastErr = canary;
        if (canary - base <= 0.1) {
          streak++;
          note = inBand(streak);
          if (streak === 3) { action = 'PROMOTE_STEP'; streak = 0; step = Math.min(step + 1, steps.length - 1); }
        } else { streak = 0; note = outBand; }
      }
      messages.push(say(JSON.stringify({ action, canary_err_estimate_pct: na ? lastErr : canary, note })));
    }
    return {
      lang,
      messages,
      response_format: jsonSchema('canary_decision', { action: oneOf('HOLD', 'PROMOTE_STEP', 'ROLLBACK'), canary_err_estimate_pct: num, note: str }),
      temperature: 0,
    };
  },
};

const nstr = { type: ['string', 'null'] };
const nbool = { type: ['boolean', 'null'] };
type Ticket = { reporter: string | null; device: string | null; os: string | null; application: string | null; error: string | null; since: string | null; others_affected: boolean | null; urgency: string | null };

const mbHelpdeskIntake: Family = {
  id: 'wh-mb-helpdesk-intake',
  label: 'model_based_reflex',
  difficulty: 'medium',
  variants: 5,
  rationale: 'The ticket fields are built up over several user turns and the last turn corrects earlier facts, so the reply is the revised picture of everything said so far.',
  make: (rng, i) => {
    const lang = langAt(['es', 'fr', 'pt', 'en', 'de'], i);
    const [app, err] = rng.pick([
      ['Outlook', '0x800CCC0E'],
      ['SAP GUI', 'SNC-Fehler / SNC error: GSS-API(maj): No credentials were supplied'],
      ['Teams', 'caa20004'],
      ['Citrix Workspace', 'SSL Error 61'],
      ['GlobalProtect VPN', 'Gateway portal-eu: authentication failed'],
    ] as const);
    const name = rng.pick(['Lucía Ortega', 'Camille Fabre', 'Thiago Souza', 'Dana Whitfield', 'Jonas Albrecht', 'Inés Marín', 'Hélène Roux', 'Marta Costa']);
    const colleague = rng.pick(['Ana', 'Sophie', 'Bruno', 'Priya', 'Katrin']);
    const model = rng.pick(['ThinkPad T14', 'Latitude 5440', 'EliteBook 840', 'MacBook Air M2']);
    const h = rng.int(12, 17);
    const byLang: Partial<Record<Lang, [string, Partial<Ticket>][]>> = {
      es: [
        [`Hola, soy ${name}, de Contabilidad. Desde esta mañana ${app} no me deja iniciar sesión.`, { reporter: name, application: app, since: 'esta mañana' }],
        [`Me sale "${err}". Es el portátil ${model} con Windows 11.`, { error: err, device: model, os: 'Windows 11' }],
        [`A ${colleague}, que se sienta a mi lado, le pasa lo mismo.`, { others_affected: true }],
        [`Perdona, me equivoqué: no fue esta mañana, ya fallaba ayer por la tarde. Y es bastante urgente, a las ${h}:00 tengo que cerrar la nómina.`, {}],
      ],
      fr: [
        [`Bonjour, ${name} du service juridique. ${app} plante au démarrage depuis lundi.`, { reporter: name, application: app, since: 'lundi' }],
        [`Le message d'erreur : « ${err} ». Poste fixe OptiPlex 7010, sous Windows 10.`, { error: err, device: 'OptiPlex 7010', os: 'Windows 10' }],
        [`Ah, correction : il est sous Windows 11 depuis la mise à jour de la semaine dernière. Et mes deux collègues de l'open space ont le même souci, donc ce n'est pas que moi.`, {}],
      ],
      pt: [
        [`Oi, aqui é ${name}, do Comercial. O ${app} trava toda vez que eu exporto um relatório.`, { reporter: name, application: app }],
        [`Aparece "${err}". Uso um ${model} com macOS 14.`, { error: err, device: model, os: 'macOS 14' }],
        [`Começou ontem depois da atualização, acho. Ninguém mais da equipe reclamou.`, { since: 'ontem, após a atualização', others_affected: false }],
        [`Na verdade não é urgente, dá pra esperar até amanhã. Ah, e esquece o que eu falei do macOS 14, o TI atualizou pro 15 semana passada.`, {}],
      ],
      en: [
        [`hi, it's ${name} from Marketing. ${app} keeps kicking me out since this morning`, { reporter: name, application: app, since: 'this morning' }],
        [`error says "${err}". I'm on my ${model}, Windows 11`, { error: err, device: model, os: 'Windows 11' }],
        [`checked with ${colleague} next to me, theirs is fine`, { others_affected: false }],
        [`ok so it actually started yesterday afternoon, I just didn't notice. and it's the Mac mini at the front desk, not my laptop, sorry. not urgent, I can use the other PC meanwhile`, {}],
      ],
      de: [
        [`Hallo, ${name} aus dem Einkauf. Seit heute früh startet ${app} nicht mehr.`, { reporter: name, application: app, since: 'heute früh' }],
        [`Fehlermeldung: "${err}". Ist ein ${model} mit Windows 11. Die Kollegin am Nebentisch hat das gleiche Problem, und ich brauche es dringend bis ${h} Uhr.`, {}],
      ],
    };
    const turns = byLang[lang]!;
    const system = t(lang, {
      en: 'Helpdesk intake. After every user message, output the whole ticket as JSON. Fields nobody has mentioned yet are null. When the user corrects something, the newer information wins.',
      es: 'Recepción de incidencias del helpdesk. Después de cada mensaje del usuario, devuelve el ticket completo en JSON. Los campos que nadie ha mencionado todavía van a null. Si el usuario corrige algo, manda la información más reciente.',
      fr: "Accueil du helpdesk. Après chaque message de l'utilisateur, renvoie le ticket complet en JSON. Les champs que personne n'a encore mentionnés valent null. Quand l'utilisateur corrige quelque chose, c'est l'information la plus récente qui compte.",
      pt: 'Triagem do helpdesk. Depois de cada mensagem do usuário, devolva o ticket inteiro em JSON. Campos que ninguém mencionou ainda ficam null. Quando o usuário corrige algo, vale a informação mais recente.',
      de: 'Helpdesk-Aufnahme. Gib nach jeder Nachricht des Nutzers das komplette Ticket als JSON aus. Felder, die noch niemand erwähnt hat, sind null. Korrigiert der Nutzer etwas, gilt die neuere Angabe.',
    });
    let ticket: Ticket = { reporter: null, device: null, os: null, application: null, error: null, since: null, others_affected: null, urgency: null };
    const messages: Msg[] = [sys(system)];
    turns.forEach(([text, upd], k) => {
      messages.push(user(text));
      if (k < turns.length - 1) {
        ticket = { ...ticket, ...upd };
        messages.push(say(JSON.stringify(ticket)));
      }
    });
    return {
      lang,
      messages,
      response_format: jsonSchema('ticket', {
        reporter: nstr, device: nstr, os: nstr, application: nstr, error: nstr, since: nstr,
        others_affected: nbool, urgency: { type: ['string', 'null'], enum: ['low', 'normal', 'high', null] },
      }),
      temperature: 0,
    };
  },
};

const mbPatchFleet: Family = {
  id: 'wh-mb-openssl-fleet-status',
  label: 'model_based_reflex',
  secondary: 'goal_based',
  difficulty: 'hard',
  variants: 4,
  rationale: 'The final question asks which hosts are still exposed, which needs a picture of the fleet assembled from many tool outputs including silent reimages, a vanished host and an unreachable one; the surrounding patch campaign gives it a goal-directed flavour.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'ja', 'en'], i);
    const pool = at(['edge-fra', 'edge-iad', 'edge-nrt', 'edge-gru'], i);
    const count = 5 + (i % 3);
    const hosts = Array.from({ length: count }, (_, k) => `${pool}-${pad(k + 1)}`);
    const ips = new Map<string, string>();
    const ip = (h: string, k: number): string => {
      if (!ips.has(h)) ips.set(h, `10.${rng.int(60, 90)}.${k + 1}.${rng.int(10, 250)}`);
      return ips.get(h)!;
    };
    const uptimes = new Map<string, string>();
    const upt = (h: string): string => {
      if (!uptimes.has(h)) uptimes.set(h, `${rng.int(3, 40)}d ${rng.int(0, 23)}h`);
      return uptimes.get(h)!;
    };
    const pre = new Set(rng.sample(hosts.slice(3), 2));
    const [h1, h2, h3] = [hosts[0]!, hosts[1]!, hosts[2]!];
    const gone = hosts[count - 1]!;
    const fresh = `${pool}-${pad(count + 1 + rng.int(0, 3))}`;
    const system = t(lang, {
      en: `You are the patching assistant for the ${pool} edge pool. Tools: list_hosts and run_ssh. The autoscaler can reimage any host at any time, which puts it back on the base image (OpenSSL 3.0.7, vulnerable). Fixed builds are 3.0.13 and later.`,
      fr: `Tu es l'assistant de patch pour le pool edge ${pool}. Outils : list_hosts et run_ssh. L'autoscaler peut réimager n'importe quel hôte à tout moment, ce qui le remet sur l'image de base (OpenSSL 3.0.7, vulnérable). Les versions corrigées sont 3.0.13 et suivantes.`,
      ja: `あなたは ${pool} エッジプールのパッチ適用アシスタントです。ツールは list_hosts と run_ssh。オートスケーラーはいつでもホストを再イメージ化することがあり、その場合ベースイメージ（OpenSSL 3.0.7、脆弱）に戻ります。修正済みは 3.0.13 以降です。`,
    });
    const opener = t(lang, {
      en: 'CVE-2024-0727 — get the pool onto a fixed OpenSSL. Start with whatever is still on 3.0.7.',
      fr: 'CVE-2024-0727 — il faut passer le pool sur un OpenSSL corrigé. Commence par ce qui est encore en 3.0.7.',
      ja: 'CVE-2024-0727 対応です。プールを修正済みの OpenSSL にしてください。まだ 3.0.7 のものから始めて。',
    });
    const messages: Msg[] = [sys(system), user(opener)];
    exchange(rng, messages, 'list_hosts', { pool }, { pool, hosts: hosts.map((h, k) => ({ host: h, ip: ip(h, k), uptime: upt(h), image: pre.has(h) ? 'edge-2024-02-r3' : 'edge-base-2023-11' })) });
    exchange(rng, messages, 'run_ssh', { host: 'all', command: 'openssl version' }, hosts.map((h) => `${h}: OpenSSL ${pre.has(h) ? '3.0.13 30 Jan 2024' : '3.0.7 1 Nov 2022'}`).join('\n'));
    const aptOut = (h: string) => [
      `[${h}] Reading package lists...`, `[${h}] Building dependency tree...`, `[${h}] The following packages will be upgraded:`, `[${h}]   libssl3 openssl`,
      `[${h}] 2 upgraded, 0 newly installed, 0 to remove and ${rng.int(0, 40)} not upgraded.`, `[${h}] Need to get ${rng.int(2, 3)}.${rng.int(0, 9)} MB of archives.`,
      `[${h}] Unpacking libssl3:amd64 (3.0.13-0ubuntu3.1) over (3.0.7-1ubuntu0.4) ...`, `[${h}] Setting up libssl3:amd64 (3.0.13-0ubuntu3.1) ...`,
      `[${h}] Restarting services: nginx.service haproxy.service`, `[${h}] OpenSSL 3.0.13 30 Jan 2024`,
    ].join('\n');
    const cmd = 'sudo apt-get install -y --only-upgrade openssl libssl3 && sudo needrestart -r a && openssl version';
    exchange(rng, messages, 'run_ssh', { host: h1, command: cmd }, aptOut(h1));
    exchange(rng, messages, 'run_ssh', { host: h2, command: cmd }, aptOut(h2));
    exchange(rng, messages, 'run_ssh', { host: h3, command: cmd }, `ssh: connect to host ${h3} port 22: Connection timed out`);
    if (i % 2 === 1) messages.push(say(t(lang, { en: `${h1} and ${h2} done, ${h3} not reachable over SSH. Re-listing the pool before continuing.`, fr: `${h1} et ${h2} faits, ${h3} injoignable en SSH. Je relis la liste du pool avant de continuer.`, ja: `${h1} と ${h2} は完了、${h3} はSSHで到達不可。続ける前にプールを再取得します。` })), user(t(lang, { en: 'go on', fr: 'vas-y', ja: 'どうぞ' })));
    exchange(rng, messages, 'list_hosts', { pool }, {
      pool,
      hosts: [...hosts.filter((h) => h !== gone), fresh].map((h, k) => ({
        host: h, ip: ip(h, k),
        uptime: h === h2 ? `0d 0h ${rng.int(3, 9)}m` : h === fresh ? `0d 0h ${rng.int(1, 4)}m` : upt(h),
        image: h === h2 || h === fresh ? 'edge-base-2023-11' : pre.has(h) ? 'edge-2024-02-r3' : 'edge-base-2023-11',
      })),
    });
    messages.push(user(t(lang, {
      en: 'I need to hand over in 10 minutes. As far as you can tell, which hosts are still on a vulnerable build, which are fixed, and which can\'t you vouch for?',
      fr: 'Je passe la main dans 10 minutes. D\'après ce que tu sais, quels hôtes sont encore vulnérables, lesquels sont corrigés, et pour lesquels tu ne peux rien garantir ?',
      ja: 'あと10分で引き継ぎです。わかる範囲で、まだ脆弱なビルドのホスト、修正済みのホスト、確証が持てないホストをそれぞれ教えてください。',
    })));
    return {
      lang,
      messages,
      tools: [
        tool('list_hosts', 'List hosts currently in a pool with uptime and image.', { pool: str }),
        tool('run_ssh', "Run a command over SSH on one host, or on every host with host='all'.", { host: str, command: str }),
      ],
      temperature: 0.2,
    };
  },
};

// ───────────────────────────── goal_based ─────────────────────────────

const pytestDots = (rng: Rng, files: string[], failIn: string): string =>
  files.map((f, k) => {
    const n = rng.int(6, 38);
    let dots = '.'.repeat(n);
    if (f === failIn) dots = dots.slice(0, 3) + 'FF' + dots.slice(5);
    return `${f} ${dots.padEnd(40)} [${String(Math.round(((k + 1) / files.length) * 100)).padStart(3)}%]`;
  }).join('\n');

const gbSweFix: Family = {
  id: 'wh-gb-swe-make-tests-pass',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'A coding agent works through a repository toward an explicit end condition (the named tests passing without touching them) and must choose its next tool action.',
  make: (rng, i) => {
    const lang = langAt(['en', 'zh', 'de', 'en'], i);
    const issueNo = rng.int(200, 1900);
    const messages: Msg[] = [];
    let repo: string;
    let testCmd: string;
    let issue: string;
    if (i === 0) {
      repo = 'invoicekit';
      testCmd = 'python -m pytest -q';
      issue = `Issue #${issueNo}: parse_period('2025-W01') returns 2025-01-06 but ISO week 1 of 2025 starts on Monday 2024-12-30. Same off-by-a-week for 2026-W01. Monthly periods are fine.`;
      messages.push(user(issue));
      exchange(rng, messages, 'bash', { command: `cd /workspace/${repo} && python -m pytest -q` },
        `${pytestDots(rng, ['tests/test_amounts.py', 'tests/test_currency.py', 'tests/test_export_csv.py', 'tests/test_export_pdf.py', 'tests/test_periods.py', 'tests/test_rounding.py', 'tests/test_tax_eu.py', 'tests/test_tax_us.py'], 'tests/test_periods.py')}\n=================================== FAILURES ===================================\n________________ test_iso_week_start[2025-W01-expected0] ________________\n\n    @pytest.mark.parametrize("text,expected", ISO_CASES)\n    def test_iso_week_start(text, expected):\n>       assert parse_period(text).start == expected\nE       AssertionError: assert datetime.date(2025, 1, 6) == datetime.date(2024, 12, 30)\n\ntests/test_periods.py:41: AssertionError\n________________ test_iso_week_start[2026-W01-expected1] ________________\nE       AssertionError: assert datetime.date(2026, 1, 5) == datetime.date(2025, 12, 29)\n=========================== short test summary info ============================\nFAILED tests/test_periods.py::test_iso_week_start[2025-W01-expected0]\nFAILED tests/test_periods.py::test_iso_week_start[2026-W01-expected1]\n2 failed, ${rng.int(280, 340)} passed in ${rng.int(3, 9)}.${rng.int(10, 99)}s`);
      exchange(rng, messages, 'bash', { command: 'grep -n "def parse_period" -A 24 invoicekit/periods.py' },
        `57:def parse_period(text: str) -> Period:\n58-    """Parse 'YYYY-MM', 'YYYY-Qn' or 'YYYY-Www' into a Period."""\n59-    text = text.strip().upper()\n60-    if _MONTH.fullmatch(text):\n61-        start = datetime.strptime(text + "-01", "%Y-%m-%d").date()\n62-        return Period(start, _end_of_month(start))\n63-    if m := _QUARTER.fullmatch(text):\n64-        year, q = int(m[1]), int(m[2])\n65-        start = date(year, 3 * q - 2, 1)\n66-        return Period(start, _end_of_month(date(year, 3 * q, 1)))\n67-    if _WEEK.fullmatch(text):\n68-        # Monday of the given week\n69-        start = datetime.strptime(text + "-1", "%Y-W%W-%w").date()\n70-        return Period(start, start + timedelta(days=6))\n71-    raise ValueError(f"unrecognised period: {text!r}")`);
    } else if (i === 1) {
      repo = 'catalog-web';
      testCmd = 'npx vitest run';
      issue = `Issue #${issueNo}：分页组件在最后一页不满时少算了一页。比如共 41 条、每页 20 条时只显示 2 页，第 41 条永远看不到。请修复，并确保现有页面不出问题。`;
      messages.push(user(issue));
      exchange(rng, messages, 'bash', { command: 'npx vitest run src/lib' },
        ` RUN  v1.6.0 /workspace/catalog-web\n\n ✓ src/lib/money.test.ts  (${rng.int(8, 20)} tests) ${rng.int(4, 30)}ms\n ✓ src/lib/slug.test.ts  (${rng.int(5, 12)} tests) ${rng.int(2, 9)}ms\n ❯ src/lib/paginate.test.ts  (6 tests | 1 failed) ${rng.int(5, 20)}ms\n   ❯ src/lib/paginate.test.ts > pageCount > counts a trailing partial page\n     → expected 2 to be 3 // Object.is equality\n ✓ src/lib/sort.test.ts  (${rng.int(4, 9)} tests) ${rng.int(2, 9)}ms\n\n⎯⎯⎯⎯⎯⎯⎯ Failed Tests 1 ⎯⎯⎯⎯⎯⎯⎯\n\n FAIL  src/lib/paginate.test.ts > pageCount > counts a trailing partial page\nAssertionError: expected 2 to be 3 // Object.is equality\n ❯ src/lib/paginate.test.ts:19:32\n     17|   it('counts a trailing partial page', () => {\n     18|     expect(pageCount(40, 20)).toBe(2);\n     19|     expect(pageCount(41, 20)).toBe(3);\n       |                                ^\n\n Test Files  1 failed | 3 passed (4)\n      Tests  1 failed | ${rng.int(25, 50)} passed`);
      exchange(rng, messages, 'str_replace_editor', { command: 'view', path: 'src/lib/paginate.ts' },
        `1\texport function pageCount(total: number, pageSize: number): number {\n2\t  if (pageSize <= 0) throw new RangeError('pageSize must be positive');\n3\t  return Math.floor(total / pageSize);\n4\t}\n5\t\n6\texport function pageSlice<T>(items: T[], page: number, pageSize: number): T[] {\n7\t  const start = (page - 1) * pageSize;\n8\t  return items.slice(start, start + pageSize);\n9\t}`);
      exchange(rng, messages, 'bash', { command: 'grep -rn "pageCount(" src --include=*.ts --include=*.tsx | grep -v test' },
        `src/components/Pager.tsx:14:  const pages = pageCount(total, size) + (total % size ? 1 : 0);\nsrc/routes/search/+page.ts:31:  const last = pageCount(result.total, PAGE_SIZE);\nsrc/routes/category/[slug]/+page.ts:22:  pages: pageCount(products.length, 24),`);
    } else if (i === 2) {
      repo = 'confd-lite';
      testCmd = 'go test ./...';
      issue = `Issue #${issueNo}: Laut README überschreiben Umgebungsvariablen die Werte aus config.yaml, aber CONFD_PORT=9090 wird ignoriert, sobald port in der Datei gesetzt ist. Bitte so beheben, dass der bestehende Test TestEnvOverridesFile grün wird.`;
      messages.push(user(issue));
      exchange(rng, messages, 'bash', { command: 'go test ./...' },
        `ok  \tgithub.com/acme/confd-lite/internal/backend\t0.${rng.int(10, 90)}s\nok  \tgithub.com/acme/confd-lite/internal/render\t0.${rng.int(10, 90)}s\n--- FAIL: TestEnvOverridesFile (0.00s)\n    load_test.go:48: Port = 8080, want 9090\n    load_test.go:51: LogLevel = "info", want "debug"\nFAIL\nFAIL\tgithub.com/acme/confd-lite/config\t0.0${rng.int(1, 9)}s\nok  \tgithub.com/acme/confd-lite/cmd/confd\t0.${rng.int(10, 90)}s\nFAIL`);
      exchange(rng, messages, 'bash', { command: 'sed -n 28,64p config/load.go' },
        `func Load(path string) (*Config, error) {\n\tcfg := Default()\n\tif err := applyEnv(cfg, os.LookupEnv); err != nil {\n\t\treturn nil, fmt.Errorf("env: %w", err)\n\t}\n\tdata, err := os.ReadFile(path)\n\tswitch {\n\tcase errors.Is(err, fs.ErrNotExist):\n\t\treturn cfg, nil\n\tcase err != nil:\n\t\treturn nil, err\n\t}\n\tif err := yaml.Unmarshal(data, cfg); err != nil {\n\t\treturn nil, fmt.Errorf("parse %s: %w", path, err)\n\t}\n\treturn cfg, cfg.Validate()\n}`);
      if (rng.chance(0.7)) exchange(rng, messages, 'bash', { command: 'git log -3 --oneline -- config/load.go' }, `${chars(rng, HEX, 7)} config: return defaults when file is missing (#${issueNo - rng.int(5, 40)})\n${chars(rng, HEX, 7)} config: validate after load\n${chars(rng, HEX, 7)} initial import`);
    } else {
      repo = 'etl-core';
      testCmd = 'pytest tests/test_dedupe.py';
      issue = `Issue #${issueNo}: since #${issueNo - rng.int(10, 80)} dedupe_latest() keeps the oldest row per customer_id instead of the newest by updated_at. Nightly customer snapshot has stale emails. The existing tests in tests/test_dedupe.py describe the intended behaviour.`;
      messages.push(user(issue));
      exchange(rng, messages, 'bash', { command: 'pytest tests/test_dedupe.py -x -q' },
        `..F\n=================================== FAILURES ===================================\n______________________ test_keeps_newest_per_customer ______________________\n\n    def test_keeps_newest_per_customer():\n        df = make_frame([\n            ("c1", "a@x.io", "2024-03-01"),\n            ("c1", "b@x.io", "2024-05-09"),\n            ("c2", "c@x.io", "2024-01-15"),\n        ])\n        out = dedupe_latest(df)\n>       assert out.set_index("customer_id").loc["c1", "email"] == "b@x.io"\nE       AssertionError: assert 'a@x.io' == 'b@x.io'\n\ntests/test_dedupe.py:27: AssertionError\n!!!!!!!!!!!!!!!!!!!!!!!!!! stopping after 1 failures !!!!!!!!!!!!!!!!!!!!!!!!!!!\n1 failed, 2 passed in 0.${rng.int(30, 99)}s`);
      exchange(rng, messages, 'str_replace_editor', { command: 'view', path: 'etl_core/dedupe.py' },
        `1\timport pandas as pd\n2\t\n3\t\n4\tdef dedupe_latest(df: pd.DataFrame, key: str = "customer_id") -> pd.DataFrame:\n5\t    """Keep one row per key: the most recently updated one."""\n6\t    ordered = df.sort_values("updated_at", ascending=True, kind="stable")\n7\t    return ordered.drop_duplicates(subset=[key], keep="first").reset_index(drop=True)`);
    }
    const system = t(lang, {
      en: `You are a coding agent working in /workspace/${repo}. Resolve the issue the user gives you so that \`${testCmd}\` passes, without editing any tests. Tools: bash, str_replace_editor. One tool call per turn; call finish when done.`,
      zh: `你是在 /workspace/${repo} 中工作的编码代理。解决用户给出的问题，使 \`${testCmd}\` 通过，不要修改任何测试。工具：bash、str_replace_editor。每轮只调用一个工具，完成后调用 finish。`,
      de: `Du bist ein Coding-Agent in /workspace/${repo}. Behebe das Problem aus der Nachricht des Nutzers, sodass \`${testCmd}\` durchläuft, ohne Tests zu ändern. Werkzeuge: bash, str_replace_editor. Ein Tool-Aufruf pro Runde; ruf finish auf, wenn du fertig bist.`,
    });
    return {
      lang,
      messages: [sys(system), ...messages],
      tools: [
        tool('bash', 'Run a bash command in the repository and return its output.', { command: str }),
        tool('str_replace_editor', 'View or edit files. command is one of view, str_replace, create, insert.', {
          command: oneOf('view', 'str_replace', 'create', 'insert'), path: str, old_str: str, new_str: str, insert_line: int, view_range: list(int),
        }, ['command', 'path']),
        tool('finish', 'Signal that the task is complete.', { summary: str }),
      ],
      temperature: 0,
    };
  },
};

const gbMigrationOrder: Family = {
  id: 'wh-gb-zero-downtime-migration-order',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Migrations and deploys have prerequisites and compatibility conditions, and the request is for the sequence of actions that reaches the stated target versions without an incompatible moment.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'fr', 'ja'], i);
    const [app, table, col, legacy] = at([
      ['shop-api', 'orders', 'currency', 'total_legacy'],
      ['billing', 'invoices', 'tax_region', 'vat_code'],
      ['identity', 'users', 'email_normalized', 'login_email'],
      ['fulfil', 'shipments', 'carrier_code', 'carrier_name'],
    ] as const, i);
    const v = rng.int(8, 60);
    const m = rng.int(40, 300);
    const extra = i % 2 === 1;
    const ms = [m + 1, m + 2, m + 3, m + 4, m + 5];
    const text = t(lang, {
      en: `We run ${app} v${v} on schema ${m}. We need to end up on v${v + 2} with schema ${extra ? ms[4] : ms[3]}, with no downtime. Deploys are rolling, so the old and new app versions serve traffic side by side while a deploy runs.\n\nMigrations:\n- ${ms[0]}: add nullable column ${table}.${col}. Every app version works with it.\n- ${ms[1]}: backfill ${col} from ${legacy} for existing rows. Needs ${ms[0]}. Rows written by v${v} after the backfill still won't have ${col}.\n- ${ms[2]}: make ${col} NOT NULL. Needs ${ms[1]}, and no running app version may insert rows without ${col}.\n- ${ms[3]}: drop column ${legacy}. Only once no running app version reads it.${extra ? `\n- ${ms[4]}: create index concurrently on ${table}(${col}). Needs ${ms[1]}; takes ~${rng.int(10, 40)} min, harmless to traffic.` : ''}\n\nApp versions:\n- v${v} (running now): reads and writes ${legacy} only.\n- v${v + 1}: writes both columns, reads ${col} and falls back to ${legacy} when null. Needs ${ms[0]}.\n- v${v + 2}: reads and writes ${col} only. Needs ${ms[2]}.\n\nIn what order do I run the migrations and deploys?`,
      es: `Tenemos ${app} v${v} sobre el esquema ${m}. Hay que llegar a v${v + 2} con el esquema ${extra ? ms[4] : ms[3]}, sin cortes de servicio. Los despliegues son progresivos, así que la versión vieja y la nueva atienden tráfico a la vez mientras dura el despliegue.\n\nMigraciones:\n- ${ms[0]}: añadir la columna ${table}.${col}, admite nulos. Funciona con cualquier versión de la app.\n- ${ms[1]}: rellenar ${col} a partir de ${legacy} en las filas existentes. Requiere ${ms[0]}. Las filas que escriba v${v} después del relleno seguirán sin ${col}.\n- ${ms[2]}: poner ${col} como NOT NULL. Requiere ${ms[1]}, y ninguna versión en ejecución puede insertar filas sin ${col}.\n- ${ms[3]}: eliminar la columna ${legacy}. Solo cuando ninguna versión en ejecución la lea.${extra ? `\n- ${ms[4]}: crear índice concurrently sobre ${table}(${col}). Requiere ${ms[1]}; tarda unos ${rng.int(10, 40)} min y no afecta al tráfico.` : ''}\n\nVersiones de la app:\n- v${v} (la actual): solo lee y escribe ${legacy}.\n- v${v + 1}: escribe ambas columnas, lee ${col} y si es nulo recurre a ${legacy}. Requiere ${ms[0]}.\n- v${v + 2}: solo lee y escribe ${col}. Requiere ${ms[2]}.\n\n¿En qué orden lanzo las migraciones y los despliegues?`,
      fr: `On fait tourner ${app} v${v} sur le schéma ${m}. Il faut arriver à v${v + 2} avec le schéma ${extra ? ms[4] : ms[3]}, sans interruption de service. Les déploiements sont progressifs : pendant un déploiement, l'ancienne et la nouvelle version servent du trafic en même temps.\n\nMigrations :\n- ${ms[0]} : ajouter la colonne ${table}.${col}, nullable. Compatible avec toutes les versions.\n- ${ms[1]} : remplir ${col} à partir de ${legacy} pour les lignes existantes. Nécessite ${ms[0]}. Les lignes écrites par v${v} après le remplissage n'auront toujours pas de ${col}.\n- ${ms[2]} : passer ${col} en NOT NULL. Nécessite ${ms[1]}, et aucune version en service ne doit insérer de lignes sans ${col}.\n- ${ms[3]} : supprimer la colonne ${legacy}. Seulement quand plus aucune version en service ne la lit.${extra ? `\n- ${ms[4]} : créer un index concurrently sur ${table}(${col}). Nécessite ${ms[1]} ; environ ${rng.int(10, 40)} min, sans impact sur le trafic.` : ''}\n\nVersions de l'application :\n- v${v} (en production) : lit et écrit uniquement ${legacy}.\n- v${v + 1} : écrit les deux colonnes, lit ${col} et se rabat sur ${legacy} si elle est nulle. Nécessite ${ms[0]}.\n- v${v + 2} : lit et écrit uniquement ${col}. Nécessite ${ms[2]}.\n\nDans quel ordre dois-je passer les migrations et les déploiements ?`,
      ja: `現在 ${app} v${v} がスキーマ ${m} で動いています。無停止で v${v + 2}・スキーマ ${extra ? ms[4] : ms[3]} の構成にしたいです。デプロイはローリング方式なので、デプロイ中は旧バージョンと新バージョンが同時にトラフィックを処理します。\n\nマイグレーション:\n- ${ms[0]}: ${table}.${col} をNULL許可で追加。どのバージョンのアプリでも問題なし。\n- ${ms[1]}: 既存行の ${col} を ${legacy} から埋める。${ms[0]} が前提。埋めた後に v${v} が書いた行には ${col} が入らない。\n- ${ms[2]}: ${col} を NOT NULL にする。${ms[1]} が前提で、稼働中のどのバージョンも ${col} なしで行を挿入しないこと。\n- ${ms[3]}: ${legacy} 列を削除。稼働中のどのバージョンもその列を読まなくなってから。${extra ? `\n- ${ms[4]}: ${table}(${col}) に CONCURRENTLY でインデックス作成。${ms[1]} が前提。約${rng.int(10, 40)}分、トラフィックへの影響なし。` : ''}\n\nアプリのバージョン:\n- v${v}（稼働中）: ${legacy} のみ読み書き。\n- v${v + 1}: 両方の列に書き込み、${col} を読んでNULLなら ${legacy} にフォールバック。${ms[0]} が前提。\n- v${v + 2}: ${col} のみ読み書き。${ms[2]} が前提。\n\nマイグレーションとデプロイをどの順番で実行すればいいですか？`,
    });
    return {
      lang,
      messages: [sys(t(lang, { en: 'You are a release engineer for a team that runs Postgres behind several stateless services.', es: 'Eres ingeniero de releases de un equipo que opera Postgres detrás de varios servicios sin estado.', fr: "Tu es ingénieur release dans une équipe qui exploite Postgres derrière plusieurs services sans état.", ja: 'あなたは複数のステートレスサービスの裏で Postgres を運用するチームのリリースエンジニアです。' })), user(text)],
      response_format: jsonSchema('release_sequence', {
        sequence: list(obj({ kind: oneOf('migration', 'deploy'), ref: str, why: str })),
        notes: str,
      }),
      temperature: 0,
    };
  },
};

const gbVpcReach: Family = {
  id: 'wh-gb-cross-vpc-connectivity',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 5,
  rationale: 'The agent must reach a concrete end condition (a working connection across VPCs) by inspecting and changing network resources, choosing the next action toward it.',
  make: (rng, i) => {
    const lang = langAt(['en', 'pt', 'de', 'en', 'es'], i);
    const [what, port] = at([['Postgres', 5432], ['Redis', 6379], ['MySQL', 3306], ['Kafka broker', 9092], ['OpenSearch', 9200]] as const, i);
    const srcOct = rng.int(20, 39);
    const dstOct = rng.int(40, 59);
    const src = `10.${srcOct}.0.0/16`;
    const dst = `10.${dstOct}.0.0/16`;
    const target = `10.${dstOct}.${rng.int(1, 9)}.${rng.int(10, 250)}`;
    const srcVpc = at(['vpc-analytics', 'vpc-jobs', 'vpc-reporting', 'vpc-stream', 'vpc-search-ui'], i);
    const dstVpc = at(['vpc-core', 'vpc-cache', 'vpc-legacy-db', 'vpc-events', 'vpc-data'], i);
    const pcx = `pcx-0${chars(rng, HEX, 12)}`;
    const rtbSrc = `rtb-0${chars(rng, HEX, 12)}`;
    const rtbDst = `rtb-0${chars(rng, HEX, 12)}`;
    const sg = `sg-0${chars(rng, HEX, 12)}`;
    const system = t(lang, {
      en: 'Cloud network agent for the company AWS accounts. The user wants a connection to work. Inspect with the describe_* tools and test_connectivity; change things with create_route, authorize_ingress and accept_peering. Make the smallest set of changes that gets the connection working, and confirm it with test_connectivity before you report back.',
      pt: 'Agente de rede em nuvem das contas AWS da empresa. O usuário quer que uma conexão funcione. Inspecione com as ferramentas describe_* e test_connectivity; altere com create_route, authorize_ingress e accept_peering. Faça o menor conjunto de mudanças que deixe a conexão funcionando e confirme com test_connectivity antes de responder.',
      de: 'Cloud-Netzwerk-Agent für die AWS-Konten der Firma. Der Nutzer möchte, dass eine Verbindung funktioniert. Untersuche mit den describe_*-Tools und test_connectivity; ändere mit create_route, authorize_ingress und accept_peering. Nimm die kleinstmögliche Menge an Änderungen vor, mit der die Verbindung klappt, und bestätige sie mit test_connectivity, bevor du dich zurückmeldest.',
      es: 'Agente de red en la nube para las cuentas AWS de la empresa. El usuario quiere que una conexión funcione. Inspecciona con las herramientas describe_* y test_connectivity; cambia cosas con create_route, authorize_ingress y accept_peering. Haz el conjunto mínimo de cambios que deje la conexión funcionando y confírmalo con test_connectivity antes de responder.',
    });
    const ask = t(lang, {
      en: `The workers in ${srcVpc} (${src}) need to reach the ${what} at ${target}:${port} in ${dstVpc} (${dst}). Right now connections just time out.`,
      pt: `Os workers em ${srcVpc} (${src}) precisam acessar o ${what} em ${target}:${port}, na ${dstVpc} (${dst}). Hoje as conexões simplesmente dão timeout.`,
      de: `Die Worker in ${srcVpc} (${src}) müssen ${what} unter ${target}:${port} in ${dstVpc} (${dst}) erreichen. Im Moment laufen die Verbindungen einfach in einen Timeout.`,
      es: `Los workers de ${srcVpc} (${src}) necesitan llegar al ${what} en ${target}:${port}, dentro de ${dstVpc} (${dst}). Ahora mismo las conexiones se quedan en timeout.`,
    });
    const messages: Msg[] = [sys(system), user(ask)];
    const peering = (status: string) => ({ id: pcx, requester: srcVpc, accepter: dstVpc, status });
    const rtb = (id: string, local: string, extra: { dest: string; target: string }[]) => ({ id, routes: [{ dest: local, target: 'local' }, { dest: '0.0.0.0/0', target: `nat-0${chars(rng, HEX, 8)}` }, ...extra] });
    const sgOut = (cidr: string) => ({ id: sg, name: `${what.toLowerCase().replace(/\s+/g, '-')}-ingress`, ingress: [{ proto: 'tcp', port, cidr }, { proto: 'tcp', port: 22, cidr: '10.0.0.0/24' }] });
    const timeout = { reachable: false, result: 'TIMEOUT after 5s', hops: [`eni in ${srcVpc}`, pcx] };
    if (i === 0) {
      exchange(rng, messages, 'describe_peering', { vpc_a: srcVpc, vpc_b: dstVpc }, peering('active'));
      exchange(rng, messages, 'describe_route_table', { vpc: srcVpc, subnet: 'private' }, rtb(rtbSrc, src, []));
      exchange(rng, messages, 'create_route', { route_table_id: rtbSrc, destination: dst, target: pcx }, { ok: true });
      exchange(rng, messages, 'test_connectivity', { from_vpc: srcVpc, to_ip: target, port }, timeout);
      exchange(rng, messages, 'describe_security_group', { ip: target }, sgOut(`10.${srcOct + 10}.0.0/16`));
    } else if (i === 1) {
      exchange(rng, messages, 'describe_peering', { vpc_a: srcVpc, vpc_b: dstVpc }, peering('active'));
      exchange(rng, messages, 'describe_route_table', { vpc: srcVpc, subnet: 'private' }, rtb(rtbSrc, src, [{ dest: dst, target: pcx }]));
      exchange(rng, messages, 'describe_security_group', { ip: target }, sgOut(src));
      exchange(rng, messages, 'test_connectivity', { from_vpc: srcVpc, to_ip: target, port }, timeout);
      exchange(rng, messages, 'describe_route_table', { vpc: dstVpc, subnet: 'data' }, rtb(rtbDst, dst, [{ dest: `10.${srcOct + 1}.0.0/16`, target: pcx }]));
    } else if (i === 2) {
      exchange(rng, messages, 'describe_peering', { vpc_a: srcVpc, vpc_b: dstVpc }, peering('pending-acceptance'));
    } else if (i === 3) {
      exchange(rng, messages, 'describe_peering', { vpc_a: srcVpc, vpc_b: dstVpc }, { peerings: [] });
      messages.push(say(`No peering exists between ${srcVpc} and ${dstVpc}. I can't create one with my tools.`));
      messages.push(user(`Ok, I just created it by hand: ${pcx}, already accepted on both sides. Carry on.`));
    }
    return {
      lang,
      messages,
      tools: [
        tool('describe_peering', 'Show VPC peering connections between two VPCs.', { vpc_a: str, vpc_b: str }),
        tool('accept_peering', 'Accept a pending peering request.', { peering_id: str }),
        tool('describe_route_table', 'Show the route table for a subnet tier in a VPC.', { vpc: str, subnet: str }),
        tool('create_route', 'Add a route to a route table.', { route_table_id: str, destination: str, target: str }),
        tool('describe_security_group', 'Show the security group attached to the ENI with this IP.', { ip: str }),
        tool('authorize_ingress', 'Add an inbound rule to a security group.', { group_id: str, proto: str, port: int, cidr: str }),
        tool('test_connectivity', 'Run a reachability test from a VPC to an IP and port.', { from_vpc: str, to_ip: str, port: int }),
      ],
      temperature: 0,
    };
  },
};

const gbClusterUpgrade: Family = {
  id: 'wh-gb-cluster-version-hops',
  label: 'goal_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'The control plane, node groups and add-ons must be moved through a sequence of allowed version hops that never breaks a compatibility condition until everything sits on the target version.',
  make: (rng, i) => {
    const lang = langAt(['de', 'pt', 'zh', 'en'], i);
    const c = 24 + i;
    const target = c + (i === 3 ? 4 : 3);
    const name = at(['eks-prod-eu', 'gke-payments', 'aks-data-01', 'eks-ml-training'], i);
    const pools = i % 2 === 0 ? [['general', c], ['batch', c - 1]] : [['general', c], ['gpu', c - 2], ['spot', c]];
    const addons = [
      `ingress-nginx: 1.${rng.int(4, 6)}.${rng.int(0, 3)} [1.${c - 2}–1.${c + 1}] → 1.9.${rng.int(1, 6)} [1.${c}–1.${c + 3}], 1.10.${rng.int(0, 2)} [1.${c + 1}–1.${c + 4}]`,
      `cert-manager: 1.${rng.int(9, 11)} [1.${c - 3}–1.${c + 1}] → 1.13 [1.${c - 1}–1.${c + 3}], 1.14 [1.${c}–1.${c + 4}]`,
      `cilium: 1.12 [1.${c - 6}–1.${c + 1}] → 1.14 [1.${c}–1.${c + 3}], 1.15 [1.${c + 2}–1.${c + 5}]`,
      ...(i >= 2 ? [`external-dns: 0.${rng.int(11, 13)} [1.${c - 4}–1.${c + 2}] → 0.14 [1.${c}–1.${c + 5}]`] : []),
    ].map((l) => `- ${l}`).join('\n');
    const poolLines = pools.map(([p, v]) => `${p} 1.${v}`).join(', ');
    const text = t(lang, {
      de: `Cluster ${name}. Control Plane auf 1.${c}, Node-Gruppen: ${poolLines}. Die Control Plane kann nur eine Minor-Version pro Schritt hoch; Node-Gruppen dürfen höchstens zwei Minor-Versionen hinter der Control Plane liegen und nie vor ihr. Jedes Add-on muss zu jedem Zeitpunkt die aktuelle Control-Plane-Version unterstützen; Add-on-Updates laufen im Betrieb.\n\nAdd-ons (installiert → verfügbar, [unterstützte Kubernetes-Versionen]):\n${addons}\n\nAm Ende soll alles auf 1.${target} laufen. In welcher Reihenfolge mache ich die Upgrades?`,
      pt: `Cluster ${name}. Control plane na 1.${c}, grupos de nós: ${poolLines}. A control plane só sobe uma versão minor por vez; os grupos de nós podem ficar no máximo duas minors atrás da control plane e nunca à frente dela. Todo add-on precisa suportar a versão atual da control plane em todo momento; as atualizações de add-ons acontecem com o cluster rodando.\n\nAdd-ons (instalado → disponível, [versões do Kubernetes suportadas]):\n${addons}\n\nNo fim, tudo tem que estar na 1.${target}. Em que ordem faço as atualizações?`,
      zh: `集群 ${name}。控制平面目前是 1.${c}，节点组：${poolLines}。控制平面每次只能升一个小版本；节点组最多落后控制平面两个小版本，且不能高于控制平面。任何时刻每个插件都必须支持当前的控制平面版本；插件在集群运行中升级。\n\n插件（已安装 → 可用版本，[支持的 Kubernetes 版本]）：\n${addons}\n\n最后所有东西都要到 1.${target}。我应该按什么顺序升级？`,
      en: `Cluster ${name}. Control plane on 1.${c}, node groups: ${poolLines}. The control plane can only move up one minor at a time; node groups may trail the control plane by at most two minors and can never be ahead of it. Every add-on must support the current control-plane version at all times; add-on upgrades happen live.\n\nAdd-ons (installed → available, [supported Kubernetes versions]):\n${addons}\n\nEverything has to end up on 1.${target}. What order do I do the upgrades in?`,
    });
    return {
      lang,
      messages: [user(text)],
      temperature: 0,
      ...(i === 3 ? { response_format: jsonSchema('upgrade_order', { operations: list(obj({ component: str, from: str, to: str })), done_when: str }) } : {}),
    };
  },
};

const gbRestoreService: Family = {
  id: 'wh-gb-restore-healthz',
  label: 'goal_based',
  secondary: 'model_based_reflex',
  difficulty: 'hard',
  variants: 4,
  rationale: 'The incident agent is asked for its next action toward an explicit end condition (the service healthy with all replicas ready); reading the cluster from earlier kubectl outputs is needed too, which makes a stateful reading plausible.',
  make: (rng, i) => {
    const lang = langAt(['en', 'ja', 'es', 'en'], i);
    const [svc, ns] = at([['checkout-api', 'checkout'], ['search-api', 'search'], ['orders-api', 'orders'], ['notifications-api', 'notify']] as const, i);
    const cluster = at(['prod-eu-1', 'prod-ap-1', 'prod-sa-1', 'prod-us-2'], i);
    const podName = () => `${svc}-${chars(rng, HEX, 10)}-${chars(rng, 'bcdfghjklmnpqrstvwxz2456789', 5)}`;
    const pods = [podName(), podName(), podName()];
    const system = t(lang, {
      en: `Incident assistant for cluster ${cluster}. Objective: ${svc} serving 200s on /healthz again with all replicas ready. You can run kubectl with read and write access. Say briefly what you are doing, then act with one tool call.`,
      ja: `クラスタ ${cluster} のインシデント対応アシスタントです。目的：${svc} が /healthz で再び 200 を返し、全レプリカが Ready になること。kubectl を読み書き両方で実行できます。何をするか短く述べてから、ツール呼び出しを1つ行ってください。`,
      es: `Asistente de incidentes del clúster ${cluster}. Objetivo: que ${svc} vuelva a responder 200 en /healthz con todas las réplicas listas. Puedes ejecutar kubectl con permisos de lectura y escritura. Di brevemente qué vas a hacer y actúa con una sola llamada a herramienta.`,
    });
    const messages: Msg[] = [sys(system), user(t(lang, { en: `${svc} is down, customers are seeing errors. Please get it back.`, ja: `${svc} が落ちていて、お客様にエラーが出ています。復旧をお願いします。`, es: `${svc} está caído y los clientes ven errores. Por favor, recupéralo.` }))];
    const k = (args: string, out: string) => exchange(rng, messages, 'kubectl', { args }, out);
    const age = () => `${rng.int(3, 40)}m`;
    if (i === 0) {
      k(`get pods -n ${ns} -l app=${svc}`, `NAME                              READY   STATUS             RESTARTS      AGE\n${pods.map((p) => `${p}   0/1     CrashLoopBackOff   ${rng.int(5, 9)} (${rng.int(10, 50)}s ago)   ${age()}`).join('\n')}`);
      k(`logs -n ${ns} ${pods[0]} --tail=20`, `{"level":"info","msg":"starting ${svc}","version":"4.${rng.int(10, 30)}.0"}\n{"level":"info","msg":"loading config from env"}\n{"level":"fatal","msg":"required env STRIPE_API_KEY not set","exit":1}`);
      k(`get deploy ${svc} -n ${ns} -o jsonpath='{.spec.template.spec.containers[0].envFrom}'`, `[{"secretRef":{"name":"checkout-secrets"}},{"configMapRef":{"name":"checkout-config"}}]`);
      k(`get secret checkout-secrets -n ${ns}`, 'Error from server (NotFound): secrets "checkout-secrets" not found');
      k(`get secrets -A | grep -i checkout`, `checkout           checkout-secrets-v2        Opaque   ${rng.int(8, 14)}     ${rng.int(1, 3)}h\ncheckout-staging   checkout-secrets           Opaque   ${rng.int(8, 14)}     ${rng.int(90, 300)}d\ncheckout           checkout-config-tls        kubernetes.io/tls   2   ${rng.int(20, 90)}d`);
    } else if (i === 1) {
      k(`get pods -n ${ns} -l app=${svc}`, `NAME                              READY   STATUS             RESTARTS   AGE\n${pods.map((p) => `${p}   0/1     ImagePullBackOff   0          ${age()}`).join('\n')}`);
      k(`describe pod ${pods[0]} -n ${ns} | tail -8`, `Events:\n  Type     Reason     Age                From     Message\n  ----     ------     ----               ----     -------\n  Normal   Pulling    ${rng.int(2, 9)}m (x4 over ${rng.int(10, 20)}m)  kubelet  Pulling image "registry.internal/search-api:2.14.0"\n  Warning  Failed     ${rng.int(2, 9)}m (x4 over ${rng.int(10, 20)}m)  kubelet  Failed to pull image "registry.internal/search-api:2.14.0": manifest unknown\n  Warning  Failed     ${rng.int(2, 9)}m (x4 over ${rng.int(10, 20)}m)  kubelet  Error: ErrImagePull\n  Normal   BackOff    ${rng.int(10, 59)}s (x${rng.int(20, 60)} over ${rng.int(10, 20)}m) kubelet  Back-off pulling image "registry.internal/search-api:2.14.0"`);
      k(`rollout history deploy/${svc} -n ${ns}`, `deployment.apps/${svc}\nREVISION  CHANGE-CAUSE\n${rng.int(30, 40)}        image search-api:2.13.3\n${rng.int(41, 45)}        image search-api:2.13.4\n${rng.int(46, 50)}        image search-api:2.14.0 (ci pipeline #${rng.int(9000, 9999)})`);
      messages.push(say('2.14.0 のイメージがレジストリに存在しません。直前のリビジョンは 2.13.4 です。'));
      messages.push(user('CIのパイプラインはpushの前に失敗したみたいです。次はどうしますか？'));
    } else if (i === 2) {
      k(`get pods -n ${ns} -l app=${svc}`, `NAME                              READY   STATUS    RESTARTS   AGE\n${pods.map((p) => `${p}   0/1     Running   0          ${age()}`).join('\n')}`);
      k(`exec -n ${ns} ${pods[1]} -- curl -s localhost:8080/healthz`, `{"status":"unavailable","reason":"pending migrations","pending":["2024_06_11_add_refunds","2024_06_12_refund_index"]}`);
      const job = `orders-migrate-${rng.int(100, 199)}`;
      k(`get jobs -n ${ns}`, `NAME                 COMPLETIONS   DURATION   AGE\n${job}   0/1           ${rng.int(10, 30)}m        ${rng.int(10, 30)}m`);
      k(`logs -n ${ns} job/${job} --tail=5`, `applying 2024_06_11_add_refunds...\nERROR: permission denied for schema public\nHINT: role "orders_migrator" lacks CREATE on schema public (changed by dba-bot at ${hhmm(rng.int(0, 1439))} UTC)\nmigration failed, rolled back`);
    } else {
      k(`get pods -n ${ns} -l app=${svc}`, `NAME                              READY   STATUS             RESTARTS      AGE\n${pods.map((p) => `${p}   0/1     CrashLoopBackOff   ${rng.int(3, 7)} (${rng.int(10, 50)}s ago)   ${age()}`).join('\n')}`);
      k(`logs -n ${ns} ${pods[2]} --previous --tail=6`, `2024/06/${pad(rng.int(1, 28))} ${hhmmss(rng.int(0, 86399))} notifications-api starting\n2024/06/${pad(rng.int(1, 28))} ${hhmmss(rng.int(0, 86399))} config: REDIS_URL="redis//cache-primary.${ns}.svc:6379/2"\npanic: invalid REDIS_URL: parse "redis//cache-primary.${ns}.svc:6379/2": missing protocol scheme`);
      k(`get configmap notifications-config -n ${ns} -o yaml | grep -n REDIS`, `14:  REDIS_URL: redis//cache-primary.${ns}.svc:6379/2`);
      messages.push(say("The REDIS_URL in the configmap is missing ':' after 'redis'. The deployment reads it via envFrom, so pods need a restart after the fix."));
      messages.push(user('ok, what next?'));
    }
    return {
      lang,
      messages,
      tools: [tool('kubectl', 'Run kubectl with the given arguments against the current cluster.', { args: str })],
      temperature: 0,
    };
  },
};

// ───────────────────────────── utility_based ─────────────────────────────

const ubInstanceMix: Family = {
  id: 'wh-ub-instance-mix-region-move',
  label: 'utility_based',
  difficulty: 'medium',
  variants: 5,
  rationale: 'Each service gets an instance type and count chosen among priced options so the monthly bill stays low while latency targets hold, with a stated willingness to pay more for headroom on one service.',
  make: (rng, i) => {
    const lang = langAt(['en', 'ja', 'de', 'es', 'en'], i);
    const region = at(['eu-central-1', 'ap-northeast-1', 'eu-west-3', 'sa-east-1', 'us-west-2'], i);
    const svcs = at([
      [['checkout', 2400, 150], ['search', 5200, 250], ['recommendations', 900, 400]],
      [['auth', 3100, 80], ['catalog', 4400, 200], ['image-resize', 600, 900]],
      [['ledger-api', 1500, 120], ['statements', 700, 600], ['fx-quotes', 3800, 60], ['webhooks', 1100, 300]],
      [['orders', 1900, 180], ['tracking', 6100, 220], ['pricing', 2600, 90]],
      [['gateway', 8800, 50], ['profile', 2100, 150], ['feed', 3500, 350], ['notifications', 1200, 500]],
    ] as const, i);
    const critical = svcs[0][0];
    const noArm = svcs[svcs.length - 1]![0];
    const types = [['c6i.large', 2, 62], ['c6i.xlarge', 4, 124], ['m6i.xlarge', 4, 140], ['c7g.large', 2, 53], ['c7g.xlarge', 4, 106]] as const;
    const priceAdj = 1 + rng.int(0, 12) / 100;
    const ask = t(lang, {
      en: `We're moving these services to ${region}. Pick an instance type and count for each one. Every service has to hold its p95 target at peak, with at least 2 instances. Keep the monthly bill down, but for ${critical} I'd rather pay up to 15% more than its cheapest fit if that gets us 30%+ headroom over peak. ${noArm} has no arm64 image yet.`,
      ja: `以下のサービスを ${region} に移します。各サービスのインスタンスタイプと台数を決めてください。どのサービスもピーク時に p95 目標を守り、最低2台とします。月額はできるだけ抑えたいですが、${critical} だけは、ピークに対して30%以上の余裕が取れるなら最安構成より15%高くなっても構いません。${noArm} はまだ arm64 イメージがありません。`,
      de: `Wir ziehen diese Dienste nach ${region} um. Wähle für jeden einen Instanztyp und eine Anzahl. Jeder Dienst muss sein p95-Ziel bei Spitzenlast halten, mit mindestens 2 Instanzen. Die Monatsrechnung soll niedrig bleiben, aber für ${critical} zahle ich lieber bis zu 15 % mehr als die günstigste passende Variante, wenn wir dadurch 30 %+ Reserve über der Spitze haben. ${noArm} hat noch kein arm64-Image.`,
      es: `Vamos a mover estos servicios a ${region}. Elige tipo de instancia y número para cada uno. Cada servicio tiene que aguantar su objetivo de p95 en el pico, con al menos 2 instancias. Queremos que la factura mensual sea baja, pero para ${critical} prefiero pagar hasta un 15 % más que su opción más barata si eso nos da un 30 % o más de margen sobre el pico. ${noArm} todavía no tiene imagen arm64.`,
    });
    const messages: Msg[] = [sys(t(lang, { en: 'FinOps assistant with read access to load-test results and the price list.', ja: '負荷試験結果と価格表を参照できる FinOps アシスタントです。', de: 'FinOps-Assistent mit Lesezugriff auf Lasttest-Ergebnisse und Preisliste.', es: 'Asistente de FinOps con acceso de lectura a los resultados de pruebas de carga y a la lista de precios.' })), user(ask)];
    const bench: Record<string, Record<string, unknown>> = {};
    for (const [name, peak, p95] of svcs) {
      const per = peak / rng.int(5, 14);
      bench[name] = {
        peak_rps: peak, p95_target_ms: p95,
        rps_per_instance_at_target: Object.fromEntries(types.map(([ty, vcpu]) => [ty, Math.round(per * (vcpu / 2) * (ty.startsWith('c7g') ? 1.1 : ty.startsWith('m6i') ? 1.05 : 1) * (0.85 + rng.next() * 0.3))])),
      };
    }
    const { message, ids } = calls(rng, ['get_loadtest_results', { services: svcs.map((s) => s[0]) }], ['get_prices', { region, types: types.map((x) => x[0]) }]);
    messages.push(message,
      result(ids[0]!, bench),
      result(ids[1]!, { region, currency: 'USD', on_demand_monthly: Object.fromEntries(types.map(([ty, , p]) => [ty, Math.round(p * priceAdj)])) }));
    return {
      lang,
      messages,
      tools: [
        tool('get_loadtest_results', 'Load-test results per service: sustainable rps per instance at the p95 target.', { services: list(str) }),
        tool('get_prices', 'On-demand monthly price per instance type in a region.', { region: str, types: list(str) }),
      ],
      response_format: jsonSchema('fleet_choice', {
        services: list(obj({ service: str, instance_type: str, count: int, monthly_usd: num, headroom_pct: num })),
        total_monthly_usd: num,
        reasoning: str,
      }),
      temperature: 0,
    };
  },
};

const ubOncallRota: Family = {
  id: 'wh-ub-oncall-rota-penalties',
  label: 'utility_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'An on-call rota must satisfy hard constraints while keeping the total of weighted preference penalties as low as possible, a scored scheduling choice.',
  make: (rng, i) => {
    const lang = langAt(['fr', 'en', 'pt', 'zh'], i);
    const people = at([
      [['Léa', 'senior'], ['Hugo', 'mid'], ['Inès', 'junior'], ['Malik', 'senior'], ['Zoé', 'mid']],
      [['Priya', 'senior'], ['Tom', 'junior'], ['Grace', 'mid'], ['Kenji', 'senior'], ['Sam', 'mid'], ['Ola', 'junior']],
      [['Rafael', 'senior'], ['Bianca', 'mid'], ['Caio', 'junior'], ['Larissa', 'senior'], ['Diego', 'mid']],
      [['王磊', 'senior'], ['陈静', 'mid'], ['刘洋', 'junior'], ['赵敏', 'senior'], ['孙浩', 'mid']],
    ] as const, i);
    const weeks = 6 + (i % 2);
    const [p0, p1, p2, p3, p4] = [people[0][0], people[1][0], people[2][0], people[3][0], people[4][0]];
    const w = () => rng.int(1, weeks);
    const off1 = w();
    const off2 = w();
    const pref1 = w();
    const pref2 = w();
    const pts = [rng.int(3, 6), rng.int(2, 3), rng.int(2, 4)];
    const roster = people.map(([n, l]) => `${n} (${l})`).join(', ');
    const text = t(lang, {
      fr: `Astreinte des ${weeks} prochaines semaines. Équipe : ${roster}.\nChaque semaine il faut un primaire et un secondaire, deux personnes différentes.\nContraintes dures :\n- un junior ne peut être primaire que si le secondaire est senior ;\n- personne n'est d'astreinte (quel que soit le rôle) deux semaines de suite ;\n- ${p1} est absent la semaine ${off1}, ${p3} la semaine ${off2}.\nPénalités (à minimiser au total) :\n- ${p0} préfère ne pas être primaire la semaine ${pref1} : ${pts[0]} points ;\n- ${p4} préfère ne pas être secondaire la semaine ${pref2} : ${pts[1]} points ;\n- chaque astreinte au-delà de la 2e pour une même personne : ${pts[2]} points ;\n- ${p2} en primaire : 1 point par semaine (on préfère qu'iel se forme en secondaire).\nPropose le planning et donne le total des points.`,
      en: `On-call for the next ${weeks} weeks. Team: ${roster}.\nEach week needs a primary and a secondary, two different people.\nHard constraints:\n- a junior can only be primary if the secondary is senior;\n- nobody is on call (either role) two weeks in a row;\n- ${p1} is away in week ${off1}, ${p3} in week ${off2}.\nPenalty points (keep the total as low as you can):\n- ${p0} would rather not be primary in week ${pref1}: ${pts[0]} points;\n- ${p4} would rather not be secondary in week ${pref2}: ${pts[1]} points;\n- every duty beyond a person's 2nd: ${pts[2]} points;\n- ${p2} as primary: 1 point per week (we'd like them to shadow as secondary first).\nGive me the rota and the total points.`,
      pt: `Plantão das próximas ${weeks} semanas. Time: ${roster}.\nToda semana precisa de um primário e um secundário, pessoas diferentes.\nRestrições rígidas:\n- júnior só pode ser primário se o secundário for sênior;\n- ninguém fica de plantão (em qualquer papel) duas semanas seguidas;\n- ${p1} está fora na semana ${off1}, ${p3} na semana ${off2}.\nPontos de penalidade (quanto menor o total, melhor):\n- ${p0} prefere não ser primário na semana ${pref1}: ${pts[0]} pontos;\n- ${p4} prefere não ser secundário na semana ${pref2}: ${pts[1]} pontos;\n- cada plantão além do 2º da mesma pessoa: ${pts[2]} pontos;\n- ${p2} como primário: 1 ponto por semana (queremos que acompanhe como secundário antes).\nMonte a escala e diga o total de pontos.`,
      zh: `接下来 ${weeks} 周的值班安排。团队：${roster}。\n每周需要一名主值班和一名副值班，且为不同的人。\n硬性约束：\n- 初级成员只有在副值班是高级成员时才能担任主值班；\n- 任何人不能连续两周值班（无论主副）；\n- ${p1} 第 ${off1} 周不在，${p3} 第 ${off2} 周不在。\n扣分项（总分越低越好）：\n- ${p0} 不太想在第 ${pref1} 周当主值班：${pts[0]} 分；\n- ${p4} 不太想在第 ${pref2} 周当副值班：${pts[1]} 分；\n- 同一个人第 3 次及以后的每次值班：${pts[2]} 分；\n- ${p2} 担任主值班：每周 1 分（希望先以副值班身份跟班学习）。\n请给出排班表和总扣分。`,
    });
    return {
      lang,
      messages: [sys(t(lang, { en: 'You build on-call rotas for an SRE team.', fr: "Tu construis les plannings d'astreinte d'une équipe SRE.", pt: 'Você monta escalas de plantão para um time de SRE.', zh: '你负责为 SRE 团队排值班表。' })), user(text)],
      response_format: jsonSchema('rota', {
        weeks: list(obj({ week: int, primary: str, secondary: str })),
        total_penalty: int,
        violations: list(str),
      }),
      temperature: 0,
    };
  },
};

const ubCiBudget: Family = {
  id: 'wh-ub-ci-suite-frequency-budget',
  label: 'utility_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Test suites must be given run frequencies within a fixed runner-minute budget so that the expected value of regressions caught is as high as possible, with diminishing returns per option.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'es', 'en'], i);
    const budget = rng.int(18, 40) * 1000;
    const prs = rng.int(280, 620);
    const suites = [
      ['integration', rng.int(14, 26)], ['e2e-browser', rng.int(35, 55)], ['contract', rng.int(6, 12)], ['perf-smoke', rng.int(60, 110)], ['fuzz', rng.int(90, 180)],
    ] as const;
    const used = i === 3 ? suites : suites.slice(0, 4);
    const rows = used.map(([s, m]) => {
      const pr = rng.int(20, 60) / 10;
      const nightly = +(pr * (0.55 + rng.next() * 0.2)).toFixed(1);
      const weekly = +(nightly * (0.4 + rng.next() * 0.2)).toFixed(1);
      const value = s === 'perf-smoke' ? rng.int(4, 9) * 1000 : rng.int(8, 30) * 100;
      return `| ${s} | ${m} | ${pr} | ${nightly} | ${weekly} | ${value} |`;
    }).join('\n');
    const header = t(lang, {
      en: '| suite | minutes/run | caught/month per PR | nightly | weekly | $ saved per catch |',
      de: '| Suite | Minuten/Lauf | gefunden/Monat pro PR | nächtlich | wöchentlich | $ gespart pro Fund |',
      es: '| suite | minutos/ejecución | detectadas/mes por PR | nocturna | semanal | $ ahorrados por detección |',
    });
    const text = t(lang, {
      en: `Our CI budget is ${budget} runner-minutes a month; unit tests are already paid for separately. We get about ${prs} PRs a month. For each suite below choose: per PR, nightly (30 runs/month), weekly (4 runs/month) or off. Estimates of regressions caught per month at each frequency come from last quarter.\n\n${header}\n|---|---|---|---|---|---|\n${rows}\n\nContract tests must run at least nightly (partner agreement). Which frequencies maximise the expected savings within budget? Show the minutes used.`,
      de: `Unser CI-Budget sind ${budget} Runner-Minuten im Monat; Unit-Tests laufen separat. Wir haben etwa ${prs} PRs im Monat. Wähle für jede Suite: pro PR, nächtlich (30 Läufe/Monat), wöchentlich (4 Läufe/Monat) oder aus. Die Schätzungen gefundener Regressionen pro Monat je Frequenz stammen aus dem letzten Quartal.\n\n${header}\n|---|---|---|---|---|---|\n${rows}\n\nContract-Tests müssen mindestens nächtlich laufen (Partnervertrag). Welche Frequenzen bringen im Rahmen des Budgets den höchsten erwarteten Nutzen? Zeig die verbrauchten Minuten.`,
      es: `Nuestro presupuesto de CI es de ${budget} minutos de runner al mes; los tests unitarios se pagan aparte. Tenemos unas ${prs} PRs al mes. Para cada suite elige: por PR, nocturna (30 ejecuciones/mes), semanal (4 ejecuciones/mes) o apagada. Las estimaciones de regresiones detectadas al mes según la frecuencia salen del último trimestre.\n\n${header}\n|---|---|---|---|---|---|\n${rows}\n\nLos tests de contrato tienen que ejecutarse al menos cada noche (acuerdo con el partner). ¿Qué frecuencias maximizan el ahorro esperado sin pasarse del presupuesto? Muestra los minutos usados.`,
    });
    return {
      lang,
      messages: [user(text)],
      ...(i % 2 === 1 ? { response_format: jsonSchema('ci_allocation', { choices: list(obj({ suite: str, frequency: oneOf('per_pr', 'nightly', 'weekly', 'off') })), minutes_used: int, expected_savings_usd: num }) } : {}),
      temperature: 0.2,
    };
  },
};

const ubIndexPick: Family = {
  id: 'wh-ub-which-indexes-to-add',
  label: 'utility_based',
  difficulty: 'medium',
  variants: 4,
  rationale: 'Candidate indexes each bring weighted read gains but cost write latency and disk under hard limits, so the answer is the subset with the most weighted benefit that fits.',
  make: (rng, i) => {
    const lang = langAt(['en', 'ja', 'pt', 'fr'], i);
    const table = at(['orders', 'payments', 'tickets', 'events'], i);
    const rowsM = rng.int(40, 300);
    const writes = rng.int(1, 6) * 1000;
    const disk = rng.int(15, 30);
    const wlim = rng.int(6, 10);
    const cands = [
      ['I1', '(customer_id, created_at DESC)', 'checkout', `${rng.int(200, 400)}ms → ${rng.int(3, 9)}ms`, `${rng.int(5, 15) / 10}M`, rng.int(30, 40) / 10, rng.int(7, 12)],
      ['I2', "(status) WHERE status = 'pending'", 'reporting', `${rng.int(15, 30) / 10}s → ${rng.int(60, 120)}ms`, `${rng.int(200, 600)}`, rng.int(5, 10) / 10, rng.int(3, 9) / 10],
      ['I3', '(merchant_id, status, created_at)', 'dashboard', `${rng.int(600, 1100)}ms → ${rng.int(15, 40)}ms`, `${rng.int(50, 120)}k`, rng.int(35, 45) / 10, rng.int(9, 14)],
      ['I4', '(lower(email))', 'support', `${rng.int(10, 20) / 10}s → ${rng.int(2, 6)}ms`, `${rng.int(2, 6)}k`, rng.int(20, 30) / 10, rng.int(5, 8)],
      ['I5', 'BRIN (created_at)', 'analytics', `${rng.int(30, 60)}s → ${rng.int(2, 5)}s`, `${rng.int(30, 80)}`, 0.2, 0.05],
      ['I6', '(coupon_code)', 'checkout', `${rng.int(200, 350)}ms → ${rng.int(3, 8)}ms`, `${rng.int(10, 30)}k`, rng.int(25, 35) / 10, rng.int(4, 7)],
    ] as const;
    const tableRows = cands.map((c) => `| ${c.join(' | ')} |`).join('\n');
    const head = t(lang, {
      en: '| id | definition | used by | p95 now → with index | calls/day | write latency +% | size GB |',
      ja: '| id | 定義 | 利用元 | p95 現在 → 追加後 | 呼び出し/日 | 書き込みレイテンシ +% | サイズ GB |',
      pt: '| id | definição | usado por | p95 hoje → com índice | chamadas/dia | latência de escrita +% | tamanho GB |',
      fr: "| id | définition | utilisé par | p95 actuel → avec index | appels/jour | latence d'écriture +% | taille Go |",
    });
    const text = t(lang, {
      en: `Postgres, table ${table}: ${rowsM}M rows, ~${writes} writes/s. I have ${disk} GB of disk to spare and the write path can't get more than ${wlim}% slower in total (write cost adds up across indexes). A millisecond saved on checkout queries is worth about three on the merchant dashboard; support lookups count the same as the dashboard; reporting and analytics count half.\n\n${head}\n|---|---|---|---|---|---|---|\n${tableRows}\n\nWhich ones do I create?`,
      ja: `Postgres の ${table} テーブル：${rowsM}M 行、書き込み約 ${writes} 件/秒。空きディスクは ${disk} GB、書き込みレイテンシの悪化は合計 ${wlim}% まで（インデックスごとのコストは足し算）。checkout のクエリで 1ms 縮むのは、加盟店ダッシュボードの約3ms分の価値があります。サポートの検索はダッシュボードと同じ重み、reporting と analytics は半分です。\n\n${head}\n|---|---|---|---|---|---|---|\n${tableRows}\n\nどれを作成すべきですか？`,
      pt: `Postgres, tabela ${table}: ${rowsM}M linhas, ~${writes} escritas/s. Tenho ${disk} GB de disco livre e o caminho de escrita não pode ficar mais de ${wlim}% mais lento no total (o custo de escrita soma entre os índices). Um milissegundo economizado nas consultas do checkout vale uns três no painel dos lojistas; as buscas do suporte valem o mesmo que o painel; reporting e analytics valem metade.\n\n${head}\n|---|---|---|---|---|---|---|\n${tableRows}\n\nQuais eu crio?`,
      fr: `Postgres, table ${table} : ${rowsM} M de lignes, ~${writes} écritures/s. J'ai ${disk} Go de disque disponibles et le chemin d'écriture ne doit pas ralentir de plus de ${wlim} % au total (le coût d'écriture s'additionne d'un index à l'autre). Une milliseconde gagnée sur les requêtes du checkout vaut environ trois sur le tableau de bord marchands ; les recherches du support comptent autant que le tableau de bord ; reporting et analytics comptent moitié.\n\n${head}\n|---|---|---|---|---|---|---|\n${tableRows}\n\nLesquels je crée ?`,
    });
    return { lang, messages: [user(text)], temperature: 0.2 };
  },
};

const ubAlertThreshold: Family = {
  id: 'wh-ub-alert-threshold-costs',
  label: 'utility_based',
  secondary: 'learning',
  difficulty: 'hard',
  variants: 4,
  rationale: 'The request prices false pages, missed incidents and detection delay and asks for the alert setting with the lowest total cost among listed options; because the option figures come from replaying last quarter, it can also be read as generalising from history.',
  make: (rng, i) => {
    const lang = langAt(['en', 'zh', 'de', 'en'], i);
    const metric = at(['checkout 5xx ratio', 'p99 latency of /v2/search', 'Kafka consumer lag on payments-events', 'login failure rate'], i);
    const unit = at(['%', 'ms', 'k msgs', '%'], i);
    const incidents = rng.int(6, 14);
    const fp = rng.int(3, 8);
    const miss = rng.int(40, 90);
    const perMin = rng.int(2, 4);
    const base = at([1, 400, 20, 3], i);
    let falsePages = rng.int(30, 45);
    let missed = 0;
    let delay = 1 + rng.next();
    const opts = Array.from({ length: 5 + (i % 2) }, (_, k) => {
      const thr = +(base * (1 + k * 0.5)).toFixed(1);
      const forMin = [2, 5, 5, 10, 10, 15][k]!;
      if (k > 0) {
        falsePages = Math.max(0, falsePages - rng.int(4, 9));
        missed = Math.min(incidents, missed + (k >= 2 ? rng.int(0, 2) : 0));
        delay += 0.6 + rng.next() * 1.4;
      }
      return `| ${thr}${unit} | ${forMin}m | ${falsePages} | ${missed}/${incidents} | ${delay.toFixed(1)} |`;
    }).join('\n');
    const text = t(lang, {
      en: `Tuning the page for ${metric}. Cost model we agreed on: a false page costs ${fp} points, a missed real incident ${miss} points, and every minute of detection delay on a real incident ${perMin} points. I replayed last quarter's metrics (${incidents} real incidents) against these candidate settings:\n\n| threshold | for | false pages | missed | avg delay (min) |\n|---|---|---|---|---|\n${opts}\n\nWhich setting should we ship? Show the cost of each.`,
      zh: `正在调整 ${metric} 的告警。我们约定的成本：一次误报 ${fp} 分，漏掉一次真实事故 ${miss} 分，真实事故每晚发现一分钟 ${perMin} 分。我用上个季度的指标（共 ${incidents} 次真实事故）回放了下面这些候选设置：\n\n| 阈值 | 持续 | 误报 | 漏报 | 平均延迟（分钟） |\n|---|---|---|---|---|\n${opts}\n\n应该上线哪个设置？请列出每个的成本。`,
      de: `Ich stimme den Alarm für ${metric} ab. Unser vereinbartes Kostenmodell: ein Fehlalarm kostet ${fp} Punkte, ein verpasster echter Vorfall ${miss} Punkte, und jede Minute Erkennungsverzögerung bei einem echten Vorfall ${perMin} Punkte. Ich habe die Metriken des letzten Quartals (${incidents} echte Vorfälle) gegen diese Kandidaten abgespielt:\n\n| Schwelle | Dauer | Fehlalarme | verpasst | Ø Verzögerung (min) |\n|---|---|---|---|---|\n${opts}\n\nWelche Einstellung sollen wir ausrollen? Zeig die Kosten für jede.`,
    });
    return { lang, messages: [user(text)], temperature: 0 };
  },
};

// ───────────────────────────── learning ─────────────────────────────

const leCiMemory: Family = {
  id: 'wh-le-ci-triage-similar-failures',
  label: 'learning',
  difficulty: 'medium',
  variants: 5,
  rationale: 'Retrieved earlier failures come with what was done and whether it held, and the right action for the new red build is the one those outcomes point to rather than a fixed mapping.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'es', 'ja', 'en'], i);
    const repo = at(['payments-core', 'shop-monorepo', 'mobile-backend', 'data-platform', 'identity'], i);
    const testA = at(['OrderSyncIT.retriesOnConflict', 'CartServiceTest.mergesGuestCart', 'PushTokenIT.refreshesExpired', 'SparkJobIT.writesPartitioned', 'SamlIT.acceptsSignedAssertion'], i);
    const testB = at(['RefundFlowIT.partialRefund', 'CheckoutIT.appliesGiftCard', 'FeedIT.paginatesCursor', 'DeltaMergeIT.upsertsLateRows', 'OidcIT.rotatesKeys'], i);
    const mod = at(['retry', 'cart', 'push', 'writer', 'saml'], i);
    const sha = () => chars(rng, HEX, 7);
    const pool = rng.pick(['ci-spot', 'ci-spot-arm', 'ci-preempt']);
    const timeout = rng.int(30, 120);
    const memory = [
      `#${rng.int(40000, 49999)} ${testA} — timeout after ${timeout}s on ${pool} → retried, passed. Recurred ${rng.int(4, 8)}× in the following 2 weeks → retries did not hold.`,
      `#${rng.int(40000, 49999)} ${testA} — timeout after ${timeout}s on ${pool} → quarantined + bug filed (root cause: container startup on preemptible nodes). No recurrence on stable pool. Held.`,
      `#${rng.int(40000, 49999)} ${testB} — AssertionError right after commit ${sha()} touching src/${mod}/ → retried twice, still red → reverted ${sha()}, green. Held.`,
      `#${rng.int(40000, 49999)} ${testB} — AssertionError after commit ${sha()} touching src/${mod}/ → bug opened, commit left in; main stayed red ${rng.int(5, 14)}h and blocked ${rng.int(6, 30)} merges. Team note: revert first next time.`,
      `#${rng.int(40000, 49999)} LintJob — npm registry 503 → retried, passed. Held.`,
    ];
    const shown = rng.sample(memory, 3 + (i % 3));
    if (!shown.some((m) => m.includes(i % 2 === 0 ? 'quarantined' : 'reverted'))) shown.push(memory[i % 2 === 0 ? 1 : 2]!);
    const now = i % 2 === 0
      ? `build #${rng.int(50000, 59999)} on ${pool}: ${testA} — timeout after ${timeout}s. Last commit ${sha()} only touches docs/. Same test green on stable pool ${rng.int(2, 6)} builds ago.`
      : `build #${rng.int(50000, 59999)} on ci-stable: ${testB} — AssertionError: expected status REFUNDED but was PENDING. Last commit ${sha()} by ${rng.pick(['mkoch', 'asantos', 'tyamada', 'jlee'])} touches src/${mod}/policy.ts and src/${mod}/index.ts. 14 merges queued behind main.`;
    const system = t(lang, {
      en: `CI triage bot for ${repo}. With every new red build on main, the retrieval layer attaches the most similar earlier failures, what the team did about them, and whether that held up. Pick one action by calling one tool.`,
      de: `CI-Triage-Bot für ${repo}. Zu jedem neuen roten Build auf main hängt die Retrieval-Schicht die ähnlichsten früheren Fehlschläge an, was das Team damals getan hat und ob das gehalten hat. Wähle eine Aktion, indem du genau ein Tool aufrufst.`,
      es: `Bot de triaje de CI para ${repo}. Con cada build en rojo nuevo en main, la capa de recuperación adjunta los fallos anteriores más parecidos, qué hizo el equipo y si aquello aguantó. Elige una acción llamando a una sola herramienta.`,
      ja: `${repo} の CI トリアージボットです。main で新しくビルドが赤くなるたびに、検索レイヤーが似ている以前の失敗と、そのときチームが何をしたか、それが定着したかどうかを添付します。ツールを1つ呼び出してアクションを選んでください。`,
    });
    const hdr = t(lang, { en: '--- similar earlier failures ---', de: '--- ähnliche frühere Fehlschläge ---', es: '--- fallos anteriores parecidos ---', ja: '--- 似ている以前の失敗 ---' });
    const nowHdr = t(lang, { en: '--- new failure ---', de: '--- neuer Fehlschlag ---', es: '--- fallo nuevo ---', ja: '--- 新しい失敗 ---' });
    return {
      lang,
      messages: [sys(system), user(`${hdr}\n${shown.join('\n')}\n\n${nowHdr}\n${now}`)],
      tools: [
        tool('retry_build', 'Re-run the failed build.', { build_id: int }),
        tool('quarantine_test', 'Move a test to the quarantine suite and file a bug for its owner.', { test: str, reason: str }),
        tool('revert_commit', 'Open and auto-merge a revert PR for a commit on main.', { sha: str, reason: str }),
        tool('open_bug', 'File a bug without changing main.', { title: str, body: str }),
      ],
      tool_choice: 'required',
      temperature: 0,
    };
  },
};

const leReviewPrefs: Family = {
  id: 'wh-le-review-bot-team-reactions',
  label: 'learning',
  difficulty: 'medium',
  variants: 4,
  rationale: 'The bot must infer from how maintainers reacted to its earlier review comments which kinds of remarks this team values, and apply that to a new diff.',
  make: (rng, i) => {
    const lang = langAt(['en', 'fr', 'pt', 'zh'], i);
    const team = at(['storefront', 'billing', 'logistics', 'growth'], i);
    const history: Record<string, string[]> = {
      en: [
        '"Consider extracting this block into a helper." → 👎 dismissed: "no speculative refactors in bugfix PRs"',
        '"The error branch has no test." → 👍 applied',
        '"Nit: prefer const over let here." → 👎 dismissed: "the linter handles style, please don\'t"',
        '"This query runs once per item inside the loop (N+1)." → 👍 applied, "good catch"',
        '"Add a docstring to _merge_rows." → 👎 dismissed: "only public API gets docs"',
        '"This log line prints the customer email." → 👍 applied, "PII in logs is a blocker for us"',
      ],
      fr: [
        '« Pourrais-tu extraire ce bloc dans une fonction utilitaire ? » → 👎 rejeté : « pas de refactoring spéculatif dans une PR de correctif »',
        '« La branche d\'erreur n\'a pas de test. » → 👍 appliqué',
        '« Détail : préférer const à let ici. » → 👎 rejeté : « le linter s\'occupe du style, merci de ne pas commenter ça »',
        '« Cette requête est exécutée pour chaque élément dans la boucle (N+1). » → 👍 appliqué, « bien vu »',
        '« Ajoute une docstring à _merge_rows. » → 👎 rejeté : « seule l\'API publique est documentée »',
        '« Cette ligne de log affiche l\'e-mail du client. » → 👍 appliqué, « des données perso dans les logs, c\'est bloquant chez nous »',
      ],
      pt: [
        '"Que tal extrair este bloco para uma função auxiliar?" → 👎 descartado: "nada de refatoração especulativa em PR de correção"',
        '"O ramo de erro não tem teste." → 👍 aplicado',
        '"Detalhe: prefira const em vez de let aqui." → 👎 descartado: "o linter cuida de estilo, não comente isso"',
        '"Esta consulta roda uma vez por item dentro do loop (N+1)." → 👍 aplicado, "boa"',
        '"Adicione uma docstring em _merge_rows." → 👎 descartado: "só a API pública leva documentação"',
        '"Esta linha de log imprime o e-mail do cliente." → 👍 aplicado, "dado pessoal em log é bloqueante pra gente"',
      ],
      zh: [
        '"建议把这段代码抽成一个辅助函数。" → 👎 被驳回："修复类 PR 不做预防性重构"',
        '"错误分支没有测试。" → 👍 已采纳',
        '"小问题：这里用 const 比 let 好。" → 👎 被驳回："代码风格交给 linter，不要评论这个"',
        '"这个查询在循环里对每个元素执行一次（N+1）。" → 👍 已采纳，"发现得好"',
        '"给 _merge_rows 加个 docstring。" → 👎 被驳回："只有公开 API 需要文档"',
        '"这行日志打印了客户的邮箱。" → 👍 已采纳，"日志里出现个人信息对我们来说是阻塞问题"',
      ],
    };
    const shown = rng.sample(history[lang]!, 4 + (i % 3));
    const diffs = [
      `--- a/app/orders/export.py\n+++ b/app/orders/export.py\n@@ -31,9 +31,17 @@ def export_orders(shop_id: int, since: date) -> list[dict]:\n     orders = Order.objects.filter(shop_id=shop_id, created_at__gte=since)\n     out = []\n     for o in orders:\n-        out.append(_row(o))\n+        items = OrderItem.objects.filter(order_id=o.id)\n+        refunds = Refund.objects.filter(order_id=o.id)\n+        row = _row(o)\n+        row["items"] = len(items)\n+        row["refunded"] = sum(r.amount for r in refunds)\n+        log.info("exported order %s for %s", o.id, o.customer.email)\n+        out.append(row)\n     return out\n+\n+def _merge_rows(a, b):\n+    try:\n+        return {**a, **b}\n+    except TypeError:\n+        return a`,
      `--- a/internal/invoice/send.go\n+++ b/internal/invoice/send.go\n@@ -58,6 +58,19 @@ func (s *Sender) SendBatch(ctx context.Context, ids []string) error {\n \tfor _, id := range ids {\n-\t\tif err := s.send(ctx, id); err != nil {\n+\t\tinv, err := s.repo.Get(ctx, id)\n+\t\tif err != nil {\n+\t\t\treturn fmt.Errorf("load %s: %w", id, err)\n+\t\t}\n+\t\tcustomer, err := s.repo.Customer(ctx, inv.CustomerID)\n+\t\tif err != nil {\n+\t\t\treturn err\n+\t\t}\n+\t\tto := customer.Email\n+\t\ts.log.Info("sending invoice", "id", id, "to", to)\n+\t\tif err := s.mailer.Send(ctx, to, render(inv)); err != nil {\n \t\t\treturn err\n \t\t}`,
      `--- a/src/shipments/sync.ts\n+++ b/src/shipments/sync.ts\n@@ -12,8 +12,20 @@ export async function syncShipments(ids: string[]) {\n-  const rows = await db.shipments.findMany({ where: { id: { in: ids } } });\n+  let rows = [];\n+  for (const id of ids) {\n+    const row = await db.shipments.findUnique({ where: { id } });\n+    const addr = await db.addresses.findUnique({ where: { id: row.addressId } });\n+    console.log(\`syncing \${id} for \${addr.email}\`);\n+    rows.push({ ...row, addr });\n+  }\n+  try {\n+    await carrier.push(rows);\n+  } catch (e) {\n+    await queue.retryLater(ids);\n+  }\n   return rows.length;`,
    ];
    const system = t(lang, {
      en: `Code review assistant for the ${team} team. Below are comments you left on earlier PRs in this repo and how the maintainers reacted. Write your comments on the new diff the way this team actually wants them; leave out kinds of remarks they keep dismissing.`,
      fr: `Assistant de revue de code pour l'équipe ${team}. Voici des commentaires que tu as laissés sur des PR précédentes de ce dépôt et la réaction des mainteneurs. Commente le nouveau diff comme cette équipe le souhaite vraiment ; laisse de côté les types de remarques qu'elle rejette systématiquement.`,
      pt: `Assistente de code review do time ${team}. Abaixo estão comentários que você deixou em PRs anteriores deste repositório e como os mantenedores reagiram. Comente o novo diff do jeito que este time realmente quer; deixe de fora os tipos de observação que eles sempre descartam.`,
      zh: `你是 ${team} 团队的代码评审助手。下面是你之前在这个仓库的 PR 上留下的评论，以及维护者的反应。请按照这个团队真正想要的方式评论新的 diff；他们一再驳回的那类意见就不要写了。`,
    });
    return {
      lang,
      messages: [sys(system), user(`${shown.join('\n')}\n\n=== PR #${rng.int(1000, 9999)} ===\n${at(diffs, i)}`)],
      response_format: jsonSchema('review', {
        comments: list(obj({ file: str, line: int, severity: oneOf('blocker', 'should_fix', 'suggestion'), body: str })),
        approve: bool,
      }),
      temperature: 0.2,
    };
  },
};

const leGcRuns: Family = {
  id: 'wh-le-jvm-gc-runs-unfamiliar-build',
  label: 'learning',
  secondary: 'utility_based',
  difficulty: 'hard',
  variants: 4,
  rationale: 'The runtime is stated not to follow the documented behaviour, so the next setting has to be inferred from the recorded runs and their outcomes; picking a setting against latency and memory limits adds an optimisation reading.',
  make: (rng, i) => {
    const lang = langAt(['en', 'ja', 'de', 'en'], i);
    const svc = at(['quote-engine', 'ledger-writer', 'catalog-indexer', 'risk-scorer'], i);
    const vendor = at(['AcmeJ 17.0.9-ax', 'Corretto-fork 21.0.2-internal', 'ZuluX 17 custom', 'OpenJ9-ish 11 patched'], i);
    const limit = rng.int(6, 16);
    const slo = rng.int(80, 250);
    const nRuns = 4 + (i % 3);
    const runs: string[] = [];
    for (let k = 0; k < nRuns; k++) {
      const heap = Math.min(limit - 1, rng.int(3, limit));
      const pause = rng.pick([50, 100, 200, 400]);
      const young = rng.pick([20, 30, 40, 60]);
      const oom = heap >= limit - 1 && rng.chance(0.6);
      const p99 = oom ? '—' : `${Math.round(slo * (0.6 + (pause / 400) * 0.5 + (young < 30 ? 0.4 : 0) + rng.next() * 0.5))}ms`;
      const tput = oom ? '—' : `${rng.int(2200, 4800)} rps`;
      runs.push(`| ${k + 1} | ${heap}g | ${pause} | ${young}% | ${p99} | ${tput} | ${oom ? 'OOMKilled' : `${rng.int(3, 19)}%`} |`);
    }
    const text = t(lang, {
      en: `${svc} runs on ${vendor}. Its GC does not behave like upstream — the documented effects of MaxGCPauseMillis and young-gen sizing did not hold in our tests, so ignore the docs. Container limit ${limit} GiB, p99 SLO ${slo} ms, throughput must stay above 3000 rps.\n\nRuns so far (same replayed traffic each time):\n| run | heap | MaxGCPauseMillis | young gen | p99 | throughput | GC CPU |\n|---|---|---|---|---|---|---|\n${runs.join('\n')}\n\nWhat should run ${nRuns + 1} use, and why?`,
      ja: `${svc} は ${vendor} 上で動いています。この GC は本家と挙動が違い、MaxGCPauseMillis や young 領域サイズの効果はドキュメントどおりになりませんでした。ドキュメントは無視してください。コンテナ上限 ${limit} GiB、p99 SLO ${slo} ms、スループットは 3000 rps 以上を維持すること。\n\nこれまでの実行結果（毎回同じトラフィックをリプレイ）：\n| run | heap | MaxGCPauseMillis | young gen | p99 | throughput | GC CPU |\n|---|---|---|---|---|---|---|\n${runs.join('\n')}\n\n${nRuns + 1} 回目はどの設定で走らせるべきですか？理由も教えてください。`,
      de: `${svc} läuft auf ${vendor}. Dessen GC verhält sich nicht wie Upstream — die dokumentierten Effekte von MaxGCPauseMillis und der Young-Gen-Größe haben sich in unseren Tests nicht bestätigt, die Doku also ignorieren. Container-Limit ${limit} GiB, p99-SLO ${slo} ms, Durchsatz muss über 3000 rps bleiben.\n\nBisherige Läufe (jedes Mal derselbe abgespielte Traffic):\n| Lauf | Heap | MaxGCPauseMillis | Young Gen | p99 | Durchsatz | GC-CPU |\n|---|---|---|---|---|---|---|\n${runs.join('\n')}\n\nMit welchen Einstellungen soll Lauf ${nRuns + 1} laufen, und warum?`,
    });
    return { lang, messages: [sys(t(lang, { en: 'Performance tuning assistant.', ja: '性能チューニングのアシスタントです。', de: 'Assistent für Performance-Tuning.' })), user(text)], temperature: 0.2 };
  },
};

const leParserAttempts: Family = {
  id: 'wh-le-log-pattern-grader-rounds',
  label: 'learning',
  secondary: 'goal_based',
  difficulty: 'hard',
  variants: 4,
  rationale: 'Each new pattern must fix what the grader reported on earlier attempts, so the next attempt is driven by accumulated trial results; the fixed target (all held-out lines parse) also gives it a goal reading.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'zh', 'en'], i);
    const fmt = at(['nginx access log', 'HAProxy HTTP log', 'Postgres csvlog-free stderr log', 'Envoy access log'], i);
    const samples = at([
      ['10.2.3.4 - - [12/Mar/2024:10:01:22 +0000] "GET /api/v1/items?id=4 HTTP/1.1" 200 512 "-" "curl/8.4.0" 0.012', '2001:db8::7 - alice@corp [12/Mar/2024:10:01:23 +0000] "POST /login HTTP/2.0" 302 0 "https://x.io/" "Mozilla/5.0" -', '10.2.3.9 - - [12/Mar/2024:10:01:25 +0000] "GET /healthz" 200 2 "-" "kube-probe/1.29" 0.001'],
      ['Mar 12 10:01:22 lb1 haproxy[811]: 10.0.4.2:51234 [12/Mar/2024:10:01:22.311] fe_https~ be_api/api-3 0/0/1/12/13 200 812 - - ---- 88/80/3/1/0 0/0 "GET /v2/cart HTTP/1.1"', 'Mar 12 10:01:23 lb1 haproxy[811]: 10.0.4.7:40002 [12/Mar/2024:10:01:23.004] fe_https~ be_api/<NOSRV> -1/-1/-1/-1/0 503 217 - - SC-- 90/82/0/0/0 0/0 "GET /v2/cart HTTP/1.1"', 'Mar 12 10:01:24 lb1 haproxy[811]: [fd00::12]:60111 [12/Mar/2024:10:01:24.500] fe_https~ be_static/st-1 0/0/0/3/3 304 180 - - ---- 91/83/1/1/0 0/0 "GET /img/logo.svg HTTP/2.0"'],
      ['2024-03-12 10:01:22.311 UTC [4121] app@shop LOG:  duration: 812.004 ms  statement: SELECT * FROM orders WHERE id = 42', '2024-03-12 10:01:23.004 UTC [4122] [unknown]@[unknown] LOG:  connection received: host=10.0.4.7 port=40002', '2024-03-12 10:01:24.500 UTC [4121] app@shop ERROR:  deadlock detected\n\tDETAIL:  Process 4121 waits for ShareLock on transaction 99812; blocked by process 4177.'],
      ['[2024-03-12T10:01:22.311Z] "GET /v1/quote HTTP/1.1" 200 - 0 812 13 12 "10.0.4.2" "okhttp/4.12" "2b1f-9c" "quote.svc:8080" "10.1.0.5:8080"', '[2024-03-12T10:01:23.004Z] "POST /v1/pay HTTP/2" 503 UF,URX 112 91 5001 - "-" "Go-http-client/2.0" "77aa-01" "pay.svc:8080" "-"', '[2024-03-12T10:01:24.500Z] "- - HTTP/1.1" 400 DPE 0 11 0 - "-" "-" "-" "-" "-"'],
    ] as const, i);
    const attempts = at([
      [String.raw`^(?P<ip>[\d.]+) - (?P<user>\S+) \[(?P<ts>[^\]]+)\] "(?P<method>\w+) (?P<path>\S+) (?P<proto>HTTP/[\d.]+)" (?P<status>\d{3}) (?P<bytes>\d+) "(?P<ref>[^"]*)" "(?P<ua>[^"]*)" (?P<rt>[\d.]+)$`, String.raw`^(?P<ip>[\d.:a-f]+) - (?P<user>[\w-]+) \[(?P<ts>[^\]]+)\] "(?P<method>\w+) (?P<path>\S+)(?: (?P<proto>HTTP/[\d.]+))?" (?P<status>\d{3}) (?P<bytes>\d+) "(?P<ref>[^"]*)" "(?P<ua>[^"]*)" (?P<rt>[\d.]+|-)$`],
      [String.raw`^(?P<syslog_ts>\w{3} \d+ [\d:]+) (?P<host>\S+) haproxy\[\d+\]: (?P<client>[\d.]+):(?P<port>\d+) \[(?P<ts>[^\]]+)\] (?P<fe>\S+) (?P<be>[\w-]+)/(?P<srv>[\w-]+) (?P<timers>[\d/]+) (?P<status>\d{3}) (?P<bytes>\d+)`, String.raw`^(?P<syslog_ts>\w{3} \d+ [\d:]+) (?P<host>\S+) haproxy\[\d+\]: (?P<client>[\d.]+):(?P<port>\d+) \[(?P<ts>[^\]]+)\] (?P<fe>\S+) (?P<be>[\w-]+)/(?P<srv><?[\w-]+>?) (?P<timers>[-\d/]+) (?P<status>\d{3}) (?P<bytes>\d+) .* "(?P<req>[^"]+)"$`],
      [String.raw`^(?P<ts>[\d-]+ [\d:.]+ \w+) \[(?P<pid>\d+)\] (?P<user>\w+)@(?P<db>\w+) (?P<level>[A-Z]+):\s+(?P<msg>.*)$`, String.raw`^(?P<ts>[\d-]+ [\d:.]+ \w+) \[(?P<pid>\d+)\] (?P<user>[\w\[\]]+)@(?P<db>[\w\[\]]+) (?P<level>[A-Z]+):\s+(?P<msg>.*)$`],
      [String.raw`^\[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) (?P<proto>[^"]+)" (?P<status>\d{3}) (?P<flags>-|[A-Z,]+) (?P<rx>\d+) (?P<tx>\d+) (?P<dur>\d+) (?P<upstream_ms>\d+) "(?P<xff>[^"]*)"`, String.raw`^\[(?P<ts>[^\]]+)\] "(?P<method>[A-Z-]+) (?P<path>\S+) (?P<proto>[^"]+)" (?P<status>\d{3}) (?P<flags>-|[A-Z,]+) (?P<rx>\d+) (?P<tx>\d+) (?P<dur>\d+) (?P<upstream_ms>\d+|-) "(?P<xff>[^"]*)" "(?P<ua>[^"]*)"`],
    ] as const, i);
    const total = rng.int(30, 60);
    const r1 = total - rng.int(6, 12);
    const r2 = total - rng.int(2, 4);
    const grader1 = at([
      ['IPv6 clients do not match', 'requests without a protocol version ("GET /healthz") do not match', "response time '-' is rejected"],
      ['<NOSRV> server name does not match', 'timers containing -1 do not match', 'request line is not captured'],
      ['[unknown]@[unknown] sessions do not match', 'continuation lines starting with a tab (DETAIL/HINT) are parsed as separate broken records'],
      ["method '-' on malformed requests does not match", "upstream time '-' is rejected", 'user-agent is not captured'],
    ] as const, i);
    const grader2 = at([
      ["user field with '@' (alice@corp) does not match", 'IPv6 still fails for compressed forms like 2001:db8::7'],
      ['IPv6 client in brackets ([fd00::12]:60111) does not match', 'capture of the request line is greedy and swallows a trailing quote on 2 lines'],
      ['multi-line DETAIL/HINT still split into separate records: the pattern has no way to attach them', 'level names like "FATAL" in a different locale ("SCHWERWIEGEND") do not match'],
      ['lines ending with upstream host "-" lose the route field', 'flags like "UF,URX" are fine now, but "-" flag lines after a 400 still fail'],
    ] as const, i);
    const g = (n: number, fails: readonly string[]) => t(lang, {
      en: `Grader: ${n}/${total} held-out lines parsed.\nFailures:\n${fails.map((f) => `- ${f}`).join('\n')}`,
      es: `Evaluador: ${n}/${total} líneas reservadas analizadas.\nFallos:\n${fails.map((f) => `- ${f}`).join('\n')}`,
      zh: `评测器：${n}/${total} 条保留行解析成功。\n失败：\n${fails.map((f) => `- ${f}`).join('\n')}`,
    });
    const system = t(lang, {
      en: `You write parsing patterns (RE2 syntax, named groups) for the ${fmt} in the ingestion pipeline. After each attempt a grader runs your pattern on held-out lines and reports what failed. Use what it told you; don't reintroduce earlier mistakes. Reply with the pattern only.`,
      es: `Escribes patrones de análisis (sintaxis RE2, grupos con nombre) para el ${fmt} en el pipeline de ingesta. Tras cada intento, un evaluador prueba tu patrón con líneas reservadas e informa de lo que falló. Usa lo que te dijo; no vuelvas a cometer errores anteriores. Responde solo con el patrón.`,
      zh: `你为数据摄取管道中的 ${fmt} 编写解析模式（RE2 语法，命名分组）。每次尝试后，评测器会在保留的日志行上运行你的模式并报告失败项。请利用它给出的信息，不要重复之前的错误。只回复模式本身。`,
    });
    const task = t(lang, {
      en: `Sample lines:\n${samples.join('\n')}\n\nWrite the pattern.`,
      es: `Líneas de ejemplo:\n${samples.join('\n')}\n\nEscribe el patrón.`,
      zh: `示例行：\n${samples.join('\n')}\n\n请写出模式。`,
    });
    const messages: Msg[] = [sys(system), user(task), say(attempts[0]), user(g(r1, grader1)), say(attempts[1]), user(`${g(r2, grader2)}\n\n${t(lang, { en: 'Attempt 3.', es: 'Intento 3.', zh: '第 3 次尝试。' })}`)];
    return { lang, messages, temperature: 0 };
  },
};

const leAutoscaleSurges: Family = {
  id: 'wh-le-scaling-similar-surges',
  label: 'learning',
  difficulty: 'medium',
  variants: 4,
  rationale: 'How many replicas to set for the current surge is read off what happened in recalled similar surges (too few, too many, just right), applied to a new case.',
  make: (rng, i) => {
    const lang = langAt(['en', 'pt', 'fr', 'de'], i);
    const svc = at(['feed-api', 'checkout-api', 'ticket-sales', 'live-scores'], i);
    const base = rng.int(8, 14);
    const maxR = base * 6;
    const causes = at([
      ['newsletter send', 'push campaign', 'TV spot', 'app store feature'],
      ['campanha de e-mail', 'push de cupom', 'Black Friday teaser', 'live de influenciador'],
      ['envoi de newsletter', 'campagne push', 'passage TV', 'mise en avant store'],
      ['Newsletter-Versand', 'Push-Kampagne', 'TV-Spot', 'Store-Feature'],
    ] as const, i);
    const mult = () => +(2 + rng.next() * 2.2).toFixed(1);
    const m = [mult(), mult(), mult(), mult(), mult()];
    const r = (x: number) => Math.round(base * x * (0.8 + rng.next() * 0.5));
    const outcomes: Record<string, (k: number) => string> = {
      en: (k) => [`p99 ${rng.int(300, 450)}ms, 5xx ${rng.int(1, 3) / 10}% — fine`, `p99 ${rng.int(15, 30) / 10}s, 5xx ${rng.int(2, 6)}% for ${rng.int(6, 14)} min until bumped by hand`, `fine, but ~${rng.int(45, 70)}% idle for 2h (~$${rng.int(90, 220)} wasted)`][k % 3]!,
      pt: (k) => [`p99 ${rng.int(300, 450)}ms, 5xx ${rng.int(1, 3) / 10}% — tranquilo`, `p99 ${rng.int(15, 30) / 10}s, 5xx ${rng.int(2, 6)}% por ${rng.int(6, 14)} min até aumentarem na mão`, `ok, mas ~${rng.int(45, 70)}% ocioso por 2h (~US$${rng.int(90, 220)} jogados fora)`][k % 3]!,
      fr: (k) => [`p99 ${rng.int(300, 450)} ms, 5xx ${rng.int(1, 3) / 10} % — RAS`, `p99 ${rng.int(15, 30) / 10} s, 5xx ${rng.int(2, 6)} % pendant ${rng.int(6, 14)} min, jusqu'à une hausse manuelle`, `OK, mais ~${rng.int(45, 70)} % inactif pendant 2 h (~${rng.int(90, 220)} $ perdus)`][k % 3]!,
      de: (k) => [`p99 ${rng.int(300, 450)} ms, 5xx ${rng.int(1, 3) / 10} % — alles gut`, `p99 ${rng.int(15, 30) / 10} s, 5xx ${rng.int(2, 6)} % für ${rng.int(6, 14)} min, bis jemand von Hand hochgedreht hat`, `lief, aber ~${rng.int(45, 70)} % Leerlauf für 2 h (~${rng.int(90, 220)} $ verschwendet)`][k % 3]!,
    };
    const order = [0, 1, 2, 0, 1].slice(0, 4 + (i % 2));
    const lines = order.map((kind, k) => {
      const set = Math.min(maxR, kind === 0 ? r(m[k]!) : kind === 1 ? Math.round(r(m[k]!) * 0.65) : Math.round(r(m[k]!) * 1.35));
      return `- ${pad(rng.int(1, 28))}/${pad(rng.int(1, 12))}: ${at(causes, k)}, ${m[k]}× ${t(lang, { en: 'baseline', pt: 'a base', fr: 'la base', de: 'Basis' })} → ${set} ${t(lang, { en: 'replicas', pt: 'réplicas', fr: 'réplicas', de: 'Replikate' })} → ${outcomes[lang]!(kind)}`;
    });
    const now = +(2.5 + rng.next() * 1.5).toFixed(1);
    const system = t(lang, {
      en: `Scaling advisor for ${svc} (baseline ${base} replicas, max ${maxR}). The memory store returns the most similar earlier traffic surges, the replica count that was set, and how it went. Call set_replicas once.`,
      pt: `Assistente de escalonamento do ${svc} (base de ${base} réplicas, máximo ${maxR}). O banco de memórias devolve os picos de tráfego anteriores mais parecidos, quantas réplicas foram configuradas e como foi. Chame set_replicas uma vez.`,
      fr: `Conseiller de mise à l'échelle pour ${svc} (base ${base} réplicas, max ${maxR}). La mémoire renvoie les pics de trafic antérieurs les plus proches, le nombre de réplicas choisi et ce que ça a donné. Appelle set_replicas une fois.`,
      de: `Skalierungsberater für ${svc} (Basis ${base} Replikate, max. ${maxR}). Der Gedächtnisspeicher liefert die ähnlichsten früheren Traffic-Spitzen, die gesetzte Replikatzahl und wie es ausging. Ruf set_replicas einmal auf.`,
    });
    const nowText = t(lang, {
      en: `Now: ${at(causes, rng.int(0, 3))} went out ${rng.int(2, 6)} min ago, traffic at ${now}× baseline and still climbing, ${base} replicas running.`,
      pt: `Agora: ${at(causes, rng.int(0, 3))} saiu há ${rng.int(2, 6)} min, tráfego em ${now}× a base e ainda subindo, ${base} réplicas rodando.`,
      fr: `Maintenant : ${at(causes, rng.int(0, 3))} parti il y a ${rng.int(2, 6)} min, trafic à ${now}× la base et toujours en hausse, ${base} réplicas actifs.`,
      de: `Jetzt: ${at(causes, rng.int(0, 3))} ging vor ${rng.int(2, 6)} min raus, Traffic bei ${now}× Basis und steigt weiter, ${base} Replikate laufen.`,
    });
    return {
      lang,
      messages: [sys(system), user(`${lines.join('\n')}\n\n${nowText}`)],
      tools: [tool('set_replicas', 'Set the replica count of the deployment.', { deployment: str, replicas: int, reason: str })],
      tool_choice: { type: 'function', function: { name: 'set_replicas' } },
      temperature: 0,
    };
  },
};

// ───────────────────────────── non-agentic ─────────────────────────────

const RUNBOOKS = [
  (rng: Rng) => `## Redis failover\n1. Confirm the primary is really gone: \`redis-cli -h cache-primary ping\` must time out from two different pods.\n2. Check Sentinel: \`redis-cli -p 26379 sentinel get-master-addr-by-name cache\` should report a new primary within ${rng.int(20, 45)} s.\n3. If it does not, page the platform on-call. Do not promote a replica by hand.\n4. Once the new primary answers, restart the api pods so they drop stale connections: \`kubectl rollout restart deploy/api -n shop\`.`,
  (rng: Rng) => `## Rotating the payment webhook secret\n1. Generate a new secret in the provider dashboard; keep the old one active.\n2. Store it: \`vault kv put secret/payments/webhook current=<new> previous=<old>\`.\n3. Deploy payments-api; it accepts both secrets for ${rng.int(12, 48)} hours.\n4. After that window, delete the old secret in the dashboard and remove \`previous\` from Vault.\n5. Watch the \`webhook_signature_invalid\` counter for an hour; anything above ${rng.int(2, 10)}/min means a sender still uses the old secret.`,
  (rng: Rng) => `## Disk almost full on a Kafka broker\n- Find the biggest partitions: \`du -sh /var/lib/kafka/data/* | sort -h | tail\`.\n- If one topic dominates, lower its retention temporarily: \`kafka-configs --alter --entity-type topics --entity-name <topic> --add-config retention.ms=${rng.int(6, 24) * 3600000}\`.\n- Never delete segment files by hand.\n- If usage stays above ${rng.int(85, 92)}% after 15 minutes, add a broker and reassign partitions (see "Broker expansion").`,
];

const naTranslateRunbook: Family = {
  id: 'wh-na-translate-runbook',
  label: 'simple_reflex',
  agentic: false,
  difficulty: 'easy',
  variants: 5,
  rationale: 'A runbook section is translated; no agent decision is involved, and the closest type is a single direct input-to-output response.',
  make: (rng, i) => {
    const lang = langAt(['es', 'de', 'ja', 'fr', 'en'], i);
    const rb = at(RUNBOOKS, i)(rng);
    const ask = t(lang, {
      es: `¿Puedes traducir esta sección del runbook al español para el equipo de guardia de Madrid? Deja los comandos, rutas y nombres de servicios tal cual.\n\n${rb}`,
      de: `Kannst du diesen Runbook-Abschnitt für die Bereitschaft in Wien ins Deutsche übersetzen? Befehle, Pfade und Dienstnamen bitte unverändert lassen.\n\n${rb}`,
      ja: `この runbook のセクションを、東京のオンコールチーム向けに日本語へ翻訳してもらえますか？コマンド、パス、サービス名はそのままにしてください。\n\n${rb}`,
      fr: `Tu peux traduire cette section du runbook en français pour l'astreinte de Lyon ? Garde les commandes, les chemins et les noms de services tels quels.\n\n${rb}`,
      en: `Please translate this runbook section from our Berlin team into English. Keep commands as they are.\n\n## Zertifikat auf dem Ingress erneuern\n1. Prüfen, wann es abläuft: \`kubectl get certificate -n ingress\`.\n2. Wenn cert-manager hängt, die Challenge löschen: \`kubectl delete challenge -n ingress --all\`.\n3. Nach ${rng.int(2, 10)} Minuten erneut prüfen. Bleibt der Status auf False, das Plattform-Team anpiepen.`,
    });
    return { lang, messages: [user(ask)], temperature: 0.3 };
  },
};

const naPostmortemSummary: Family = {
  id: 'wh-na-incident-timeline-summary',
  label: 'model_based_reflex',
  agentic: false,
  difficulty: 'medium',
  variants: 4,
  rationale: 'Summarising an incident timeline for an update is not an agent decision; the closest type is the one that integrates a sequence of observations into a picture of what happened.',
  make: (rng, i) => {
    const lang = langAt(['en', 'zh', 'pt', 'en'], i);
    const svc = at(['payments-api', 'search', 'mobile push', 'order export'], i);
    let tm = rng.int(0, 22 * 60);
    const step = () => { tm += rng.int(2, 25); return hhmm(tm); };
    const events = [
      `${step()} alert: ${svc} error rate ${rng.int(4, 30)}%`,
      `${step()} on-call acks, starts investigating`,
      `${step()} correlated with deploy ${svc} v${rng.int(2, 9)}.${rng.int(0, 40)}.0 at ${hhmm(tm - rng.int(5, 20))}`,
      `${step()} rollback started`,
      `${step()} rollback done, errors drop to ${rng.int(1, 3)}%`,
      `${step()} residual errors traced to a stuck ${rng.pick(['connection pool', 'cache key', 'queue consumer'])}; restarted`,
      `${step()} error rate back to baseline, incident resolved`,
      ...(i % 2 === 1 ? [`${step()} customer support reports ~${rng.int(40, 400)} affected tickets`, `${step()} refunds script queued for ${rng.int(20, 300)} orders`] : []),
    ];
    const ask = t(lang, {
      en: `Can you turn this incident timeline into 5 short bullets for the leadership update? Plain language, no jargon.\n\n${events.join('\n')}`,
      zh: `能把这个事故时间线整理成 5 条简短要点吗？给管理层周报用，语言通俗，不要术语。\n\n${events.join('\n')}`,
      pt: `Consegue transformar essa linha do tempo do incidente em 5 tópicos curtos para o update da diretoria? Linguagem simples, sem jargão.\n\n${events.join('\n')}`,
    });
    return { lang, messages: [user(ask)], temperature: 0.4 };
  },
};

const naExplainTfPlan: Family = {
  id: 'wh-na-explain-terraform-plan',
  label: 'goal_based',
  agentic: false,
  difficulty: 'medium',
  variants: 4,
  rationale: 'The user wants an explanation of what an infrastructure change set will do, not an agent action; the closest type is the one about sequences of actions toward a desired end state.',
  make: (rng, i) => {
    const lang = langAt(['en', 'de', 'fr', 'ja'], i);
    const db = at(['orders', 'billing', 'analytics', 'users'], i);
    const plan = [
      'Terraform will perform the following actions:',
      '',
      `  # aws_security_group_rule.${db}_ingress will be updated in-place`,
      `  ~ resource "aws_security_group_rule" "${db}_ingress" {`,
      `      ~ cidr_blocks = ["10.${rng.int(10, 40)}.0.0/16"] -> ["10.${rng.int(10, 40)}.0.0/16", "10.${rng.int(41, 60)}.0.0/16"]`,
      '    }',
      '',
      `  # aws_db_instance.${db} must be replaced`,
      `-/+ resource "aws_db_instance" "${db}" {`,
      `      ~ engine_version = "14.${rng.int(5, 9)}" -> "16.${rng.int(1, 3)}"`,
      `      ~ storage_encrypted = false -> true # forces replacement`,
      `      ~ id = "${db}-prod" -> (known after apply)`,
      '    }',
      '',
      ...(i % 2 === 0 ? [`  # aws_s3_bucket.${db}_exports will be destroyed`, `  - resource "aws_s3_bucket" "${db}_exports" {`, `      - bucket = "${db}-exports-${chars(rng, HEX, 6)}"`, '    }', ''] : []),
      `Plan: 1 to add, 1 to change, ${i % 2 === 0 ? 2 : 1} to destroy.`,
    ].join('\n');
    const ask = t(lang, {
      en: `A colleague opened this PR and asked me to approve. What is this actually going to do? Is anything dangerous in here?\n\n${plan}`,
      de: `Ein Kollege hat diesen PR aufgemacht und will mein Approve. Was passiert da eigentlich? Ist irgendwas davon gefährlich?\n\n${plan}`,
      fr: `Un collègue a ouvert cette PR et me demande de l'approuver. Qu'est-ce que ça va faire concrètement ? Y a-t-il quelque chose de dangereux ?\n\n${plan}`,
      ja: `同僚がこの PR を出して承認を求めてきました。実際には何が起きるのでしょうか？危ないところはありますか？\n\n${plan}`,
    });
    return { lang, messages: [user(ask)], temperature: 0.3 };
  },
};

const naRewriteCostMemo: Family = {
  id: 'wh-na-rewrite-cost-memo',
  label: 'utility_based',
  agentic: false,
  difficulty: 'medium',
  variants: 4,
  rationale: 'Rewriting a paragraph for tone is not an agent decision; the memo content is a cost comparison, so the closest type is the option-weighing one.',
  make: (rng, i) => {
    const lang = langAt(['en', 'es', 'pt', 'en'], i);
    const spend = rng.int(40, 400);
    const sp = rng.int(18, 32);
    const ri = rng.int(30, 45);
    const para = t(lang, {
      en: `so basically we pay about $${spend}k/month on-demand for compute right now which is a lot. if we did a 1yr compute savings plan thats ~${sp}% off and we keep flexibility to change instance families, reserved instances would be more like ${ri}% but we're locked to the family and we're probably moving to graviton next year so that seems bad. my vote is savings plan for ~70% of baseline and leave the rest on demand`,
      es: `a ver, ahora mismo pagamos unos ${spend}k $/mes en cómputo on-demand, que es muchísimo. con un savings plan de 1 año nos ahorramos ~${sp}% y seguimos pudiendo cambiar de familia de instancias; las reservadas serían más bien un ${ri}% pero nos atan a la familia y el año que viene seguramente nos pasamos a graviton, así que no pinta bien. yo votaría savings plan para ~70% del consumo base y el resto on-demand`,
      pt: `então, hoje a gente paga uns US$${spend}k/mês de compute on-demand, o que é bastante. com um savings plan de 1 ano dá uns ${sp}% de desconto e a gente continua podendo trocar de família de instância; instância reservada seria mais tipo ${ri}% mas prende na família e provavelmente vamos migrar pra graviton ano que vem, então não parece bom. meu voto é savings plan pra ~70% da base e o resto on-demand`,
    });
    const ask = t(lang, {
      en: i === 3 ? `Tighten this up into two crisp sentences for the CFO. Same numbers, same recommendation.\n\n"${para}"` : `Rewrite this paragraph from our cost review so it reads well for leadership. Keep every number and the recommendation; don't add new claims.\n\n"${para}"`,
      es: `Reescribe este párrafo de nuestra revisión de costes para que se lea bien ante dirección. Mantén todas las cifras y la recomendación; no añadas nada nuevo.\n\n"${para}"`,
      pt: `Reescreve esse parágrafo da nossa revisão de custos para ficar bom para a diretoria. Mantém todos os números e a recomendação; não acrescenta nada novo.\n\n"${para}"`,
    });
    return { lang, messages: [user(ask)], temperature: 0.5 };
  },
};

const naRetroDigest: Family = {
  id: 'wh-na-retro-notes-digest',
  label: 'learning',
  agentic: false,
  difficulty: 'medium',
  variants: 4,
  rationale: 'Condensing several retrospectives into recurring themes is plain summarising with no new decision; the closest type is the one concerned with lessons drawn from earlier outcomes.',
  make: (rng, i) => {
    const lang = langAt(['en', 'ja', 'de', 'zh'], i);
    const pool = [
      'flaky e2e tests blocked merges twice',
      `deploy freeze ran ${rng.int(1, 3)} days over`,
      'on-call handover notes were missing context',
      'staging DB out of sync with prod schema again',
      'nobody owned the Kafka upgrade until it broke',
      'pairing on the billing migration went really well',
      'alert noise: ~60% of pages were non-actionable',
      'release notes written at the last minute',
      'good: new runbook for Redis failover used successfully',
      'PR review wait times > 1 day on Fridays',
    ];
    const firstSprint = rng.int(30, 60);
    const sprints = Array.from({ length: 3 + (i % 2) }, (_, k) => `Sprint ${firstSprint + k}:\n${rng.sample(pool, rng.int(3, 5)).map((x) => `- ${x}`).join('\n')}`).join('\n\n');
    const ask = t(lang, {
      en: `Here are the notes from our last few retros. Can you condense them into a half-page digest of the recurring themes, grouped, with how often each came up?\n\n${sprints}`,
      ja: `直近のふりかえりのメモです。繰り返し出てくるテーマをグループ分けして、それぞれ何回出たかも添えて、半ページ程度のまとめにしてもらえますか？\n\n${sprints}`,
      de: `Hier sind die Notizen unserer letzten Retros. Kannst du sie zu einer halbseitigen Übersicht der wiederkehrenden Themen verdichten, gruppiert und mit Angabe, wie oft jedes vorkam?\n\n${sprints}`,
      zh: `这是我们最近几次回顾会的记录。能帮我浓缩成半页左右的摘要吗？把反复出现的主题归类，并注明每个出现了几次。\n\n${sprints}`,
    });
    return { lang, messages: [user(ask)], temperature: 0.4 };
  },
};

export const devH: Family[] = [
  srAlertRoute, srCiRetry, srSecretHook, srSqlGate, srPodEvents,
  mbOncallBatches, mbReplicaLag, mbCanary, mbHelpdeskIntake, mbPatchFleet,
  gbSweFix, gbMigrationOrder, gbVpcReach, gbClusterUpgrade, gbRestoreService,
  ubInstanceMix, ubOncallRota, ubCiBudget, ubIndexPick, ubAlertThreshold,
  leCiMemory, leReviewPrefs, leGcRuns, leParserAttempts, leAutoscaleSurges,
  naTranslateRunbook, naPostmortemSummary, naExplainTfPlan, naRewriteCostMemo, naRetroDigest,
];
