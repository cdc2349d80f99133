// Multilingual cue words per evidence group. Words are matched exactly after lower-casing;
// an entry ending in '*' is a 5-character stem (matches any word starting with it). CJK entries
// are character bigrams, because the tokenizer splits CJK text into bigrams.
// The learned model decides how much each group counts; these lists only name the evidence.

export const LEXICON_GROUPS = [
  'reflex',
  'state',
  'goal',
  'utility',
  'learning',
  'chat',
  'terse',
  'observe',
  'choose',
  'feedback',
  'hidden',
] as const;
export type LexiconGroup = (typeof LEXICON_GROUPS)[number];

export const LEXICON: Record<LexiconGroup, string> = {
  reflex: `classify classification categorize categorise label labels intent tag verdict decide decision
    respond react rule rules triage routing disposition allow block flag moderate detect sentiment
    yes true false spam category categories reply
    klassifiziere kategorie etikett einstufen antworte clasifica clasificador etiqueta etiquetas categoría
    responde classe classifie étiquette catégorie réponds classifica rótulo categoria responda
    分類 分类 判定 判断 ラベ ベル 标签 类别 カテ テゴ`,
  state: `state status track tracking tracker remember memorise keep estimate estimated belief inferred infer
    since last earlier current currently now
    update updated updates running pending outstanding remaining seen visited location position
    so_far up_to far_as still_open keep_track where_is right_now what_now
    zustand bisher merke schätzung vermutlich aktuell stand estado seguimiento estimación actual hasta
    ahora état suivi estimation actuel jusqu situação estado atual rastreamento
    状態 状态 推定 估计 現在 当前 追跡 跟踪 更新 記録 观测 観測 残り 剩余`,
  goal: `goal goals reach reaching reached achieve target plan planning planner steps sequence path route
    navigate navigation destination until end arrive get finish complete accomplish resolve task tasks
    start order moves shortest fix submit book depen* next_step end_state get_to make_sure ready
    then until_done search explore graph ziel erreichen schritte weg route plane
    objetivo meta alcanzar pasos ruta plan planifica llegar conseguir tramite but atteindre étapes
    itinéraire chemin planifie objectif alcançar passos rota caminho
    目標 目标 目的 計画 计划 経路 路径 最短 手順 步骤 到達 到达 ルー ート 达成 達成`,
  utility: `optim* maxim* minim* best better cheapest cheaper cost costs budget tradeoff trade off weights
    weight weighted score scores reward rewards penalty penalties profit utility value allocate allocation
    compromise constraint constraints limit prefer preference expected return risk margin efficient
    price prices worth balance cheapest most least per_hour per_unit tight split how_much trade_off kosten budget gewichtung kompromiss beste günstig nutzen presupuesto
    coste costo mejor ponderación rentable beneficio coût meilleur pondération compromis rendement
    orçamento custo melhor lucro 最適 最优 最大 最小 予算 预算 費用 成本 利益 利润 重み 权重 制約 约束 配分 分配 効用 效用`,
  learning: `past history historical previous episode episodes experience feedback learned learn learning
    lesson lessons outcome outcomes result results trial trials attempt attempts reflection memory memories
    retrieved similar correction corrections adapt improve mistakes rating ratings worked failed
    notes went last_time what_happened previous_runs tried happened passed runs round rounds
    erfahrung rückmeldung bisherige versuch versuche ergebnis historial experiencia anterior anteriores
    intento intentos resultado aprendizaje expérience passé précédent essais essai retour résultats
    histórico experiência tentativa tentativas resultados anteriores
    過去 実績 経験 经验 学習 学习 履歴 历史 反馈 以前 前回 結果 结果 試行 尝试 教訓 记录`,
  chat: `translate translation summarize summarise summary explain poem story essay rewrite proofread
    grammar joke recipe tell write describe meaning definition übersetze übersetzung zusammenfassung
    erkläre traduce traducción resume resumen explica traduis traduction résumé explique
    traduza tradução resumo explique 翻訳 翻译 要約 摘要 总结 説明 解释 詩を 写一`,
  terse: `only exactly single one word token just no explanation integer letter nothing else
    nur genau einzige solo únicamente exactamente seulement uniquement exactement apenas somente
    のみ だけ 只回 仅回 一つ 一个`,
  choose: `which whichever option options alternative alternatives candidates candidate choose choice pick
    versus vs or_rather worth_it welche welcher wähle oder cuál elegir opción opciones lequel laquelle choisir
    qual escolher opção どれ どの 選ぶ 哪个 选择 选项 哪家
  `,
  observe: `tick ticks batch batches frame frames reading readings sensor sensors log logs event events turn
    observation observations step view scan scans snapshot poll day week alert
    after_each each_move every_move each_step
    messung ereignis lectura lecturas evento eventos lecture capteur événement leitura
    センサ ログ 日志 事件 読み 读数`,
  // How a decision turned out: graded outcomes of the agent's own earlier answers.
  // Bare 'error' is left out: log lines say ERROR without grading anything the agent decided.
  feedback: `error_of forecast_error prediction_error mean_error your_forecast your_prediction
    deviation deviated actually rewarded penalised loss gain gains
    overshoot overshot undershoot undershot correct incorrect wrong accuracy accurate success successful
    succeeded failure predicted prediction forecasted expected_vs too_high too_low too_early too_late
    fell_short off_by your_guess your_estimate your_answer you_predicted you_chose
    deiner_prognose abweichung tatsächlich belohnung verlust richtig falsch vorhergesagt erfolg
    tu_pronóstico desviación real recompensa pérdida correcto incorrecto acierto fallo predicho éxito
    ta_prévision écart réel récompense perte correct faux prédit réussite échec
    da_previsão desvio recompensa perda correto errado previsto sucesso
    誤差 误差 報酬 奖励 損失 损失 正解 实际 実際 予測 预测 成功 失敗 失败`,
  // Partial observability: the agent sees only part of its world (separate from generic 'state'
  // words, which goal prompts use too: "target state", "current status").
  hidden: `hidden unseen partial partially unknown visible invisible local nearby surroundings fog blind
    no_map without_map field_of_view not_shown unobserved cannot_see only_see can_see around_you
    next_to right_next cells_around squares_around line_of_sight unexplored visibility
    verborgen unbekannt sichtbar umgebung teilweise oculto desconocido visible parcial alrededores
    caché inconnu partiel alentours oculto desconhecido visível parcial arredores
    視界 视野 周囲 周围 未知 見え 看不`,
};

/**
 * First words of a turn or line that open a new case (a trial, an episode, the next patient: the
 * learning shape) or a new reading of the same world (a tick, an hour, a sample: the world-model shape).
 */
export const LEAD_LEXICON = {
  trial: `run trial attempt episode round game match experiment try iteration case test session
    patient customer client applicant subject object item candidate new next
    versuch lauf runde partie spiel fall patient kunde intento ronda partida prueba ensayo caso paciente
    cliente nuevo essai manche tentative cas nouveau tentativa rodada teste novo`,
  observe: `tick step t reading readings chunk frame update snapshot scan status sensors sensor view
    telemetry now current minute hour day cycle poll sample state log batch event events
    messung schritt stand tag stunde lectura paso estado hora lecture relevé étape état heure jour
    leitura passo dia`,
} as const;

export const TOOL_GROUPS = ['nav', 'memory', 'sense', 'act', 'code', 'compute'] as const;
export type ToolGroup = (typeof TOOL_GROUPS)[number];

/** Words inside tool names (split on '_' and case) that hint at what a tool does. */
export const TOOL_LEXICON: Record<ToolGroup, string> = {
  nav: 'click navigate goto go open visit browse back scroll move type select page search find url link',
  memory: 'memory memories retrieve recall history feedback episodes episode past experience lessons log',
  sense: 'get read status sensor sensors poll check tracking track observe query monitor list fetch events',
  act: 'set place submit create book send order reserve cancel execute trade buy sell apply update',
  code: 'bash shell run edit editor file files test tests python replace write exec terminal',
  compute: 'price prices quote quotes cost costs estimate simulate optimize optimise forecast score evaluate',
};
