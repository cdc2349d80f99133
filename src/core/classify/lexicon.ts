// Multilingual cue words per evidence group (English, German, Spanish, French, Portuguese,
// Italian, Japanese, Chinese). Words are matched exactly after lower-casing; an entry ending in
// '*' is a 5-character stem (matches any word starting with it); 'a_b' is two consecutive words
// (punctuation, a hyphen included, ends a phrase, so a hyphenated compound cannot be one). CJK
// entries are character bigrams, because the tokenizer splits CJK text into bigrams.
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
  'alone',
] as const;
export type LexiconGroup = (typeof LEXICON_GROUPS)[number];

export const LEXICON: Record<LexiconGroup, string> = {
  reflex: `classify classification categorize categorise label labels intent tag verdict decide decision
    respond react rule rules triage routing disposition allow block flag moderate detect sentiment
    yes true false spam category categories reply
    klassifiziere kategorie etikett einstufen antworte clasifica clasificador etiqueta etiquetas categoría
    responde classe classifie étiquette catégorie réponds classifica rótulo categoria responda
    分類 分类 判定 判断 ラベ ベル 标签 类别 カテ テゴ
    klassifizieren klassifikation kategorisiere kategorisieren kategorien etiketten einstufung absicht stimmung
    entscheide entscheidung urteil regel regeln erkenne erkennen erlaube erlauben blockiere blockieren markiere reagiere beantworte wahr nein
    clasificar clasifique clasificación categoriza categorizar categorías etiquetar intención sentimiento veredicto
    decidir decisión regla reglas responder contesta reacciona detecta detectar permitir bloquear sí verdadero falso
    classer classifier catégoriser catégories étiquettes étiqueter intention décide décider décision règle règles
    répondre réagis détecte détecter autoriser bloquer signaler modérer oui vrai
    classificar classifique classificação categorias rótulos intenção sentimento veredito decida decisão regra regras
    reaja detecte sinalizar moderar sim verdadeiro
    classificare classificazione categorizza categorizzare categorie etichetta etichette intenzione verdetto decidi decidere
    decisione regola regole rispondi rispondere reagisci rileva consenti blocca bloccare segnala sì vero
    判別 識別 仕分 種別 意図 感情 規則 回答 返答 応答 許可 拒否 検出 検知 迷惑 肯定 否定 真偽 パム ネガ
    归类 意图 情感 情绪 规则 回复 答复 应答 允许 拦截 屏蔽 检测 识别 垃圾 审核 正面 负面 真假 判别 标记 分诊
    categ* label* classified classifies classifying tags tagged tagging intents verdicts moderation moderated moderator
    flagged flagging detection triaged routed escalate escalation approve reject deny severity urgency toxic toxicity
    phishing sentiments rule_based or_no
    klassifiziert klassifizierung kategorisiert etikettiert markiert markieren moderiert moderieren erkennung eskalieren
    eskaliere genehmigen genehmige ablehnen verweigern schweregrad dringlichkeit toxisch toxische regelbasiert oder_nein
    clasificado clasificada etiquetado etiquetada moderación detección aprobar aprueba rechazar rechaza denegar gravedad
    urgencia tóxico tóxica toxicidad o_no
    classé classée étiqueté étiquetée modération signalé détection approuver approuve rejeter rejette refuser gravité
    urgence toxique toxicité ou_non
    classificado classificada rotulado rotular moderação sinalizado detecção aprovar aprove rejeitar rejeite negar
    gravidade urgência toxicidade ou_não
    classificato classificata etichettato moderazione segnalato rilevamento approvare approva rifiutare rifiuta respingere
    gravità urgenza tossico tossicità
    タグ 承認 却下 緊急 有害 違反 審査
    标注 打标 批准 拒绝 驳回 紧急 违规`,
  state: `state status track tracking tracker remember memorise keep estimate estimated belief inferred infer
    since last earlier current currently now
    update updated updates running pending outstanding remaining seen visited location position
    so_far up_to far_as still_open keep_track where_is right_now what_now
    zustand bisher merke schätzung vermutlich aktuell stand estado seguimiento estimación actual hasta
    ahora état suivi estimation actuel jusqu situação atual rastreamento
    状態 状态 推定 估计 現在 当前 追跡 跟踪 更新 記録 观测 観測 残り 剩余
    zustände verfolge verfolgen verfolgt merken erinnere behalte behalten schätze schätzen geschätzt geschätzte vermutung
    seit zuletzt letzte letzten früher aktue* aktua* derzeit momentan jetzt laufend laufende ausstehend ausstehende
    verbleibend verbleibende übrig gesehen besucht standort bislang bis_jetzt wo_ist noch_offen im_moment
    estados rastrear rastrea recuerda recordar mantén estima estimar creencia inferir infiere último última últimos
    actualmente actuales actualiza actualizar actualizado actualización en_curso pendiente pendientes restante restantes
    quedan visitado visitados ubicación posición hasta_ahora dónde_está
    états suivre mémorise retiens garde estime estimer estimée croyance déduire inférer depuis dernier dernière derniers
    actuelle actuellement maintenant mise_à actualise actualiser en_cours en_attente restant restants visité visitée visités
    emplacement où_est à_présent
    acompanhar acompanhamento lembre lembrar mantenha estimativa crença atual* agora pendente localização posição
    até_agora onde_está
    tracciare traccia ricorda ricordare memorizza mantieni tieni_traccia tenere_traccia stima stimare convinzione inferire
    deduci ultimo ultima ultimi finora attuale attualmente adesso aggio* in_corso in_sospeso rimanente rimanenti restanti
    visitato visitati posizione dove_sei
    状況 現状 位置 場所 覚え 保持 推測 推論 信念 直近 最新 未処 保留 訪問 途中 進行 残量 所在 現時
    状况 现状 目前 现在 记住 推断 推测 最近 待处 待定 去过 已访 迄今 为止 还剩 位于
    remem* states statuses tracked tracks memorize memorized memorised keeping keeps estimates estimating beliefs infers
    inferring deduce deduced maintain maintains maintaining world_model world_state internal_state mental_model locations
    positions coordinates whereabouts last_seen last_known as_of latest ongoing in_progress cumulative running_total
    awaiting unvisited already_visited
    schätzungen überzeugungen folgere folgern gefolgert behält aufrechterhalten weltmodell weltzustand interner_zustand
    internen_zustand standorte positionen koordinaten aufenthaltsort zuletzt_gesehen letzte_bekannte neueste neuesten
    laufenden in_bearbeitung kumuliert kumulativ zwischenstand zwischensumme unbesucht bereits_besucht
    rastreado rastreada memorizar estimaciones creencias deducir mantener mantiene estado_interno modelo_mental
    ubicaciones posiciones coordenadas paradero más_reciente en_progreso acumulado acumulada total_acumulado en_espera
    sin_visitar ya_visitado
    mémoriser mémorisé estimations croyances déduit déduis maintenir maintiens maintient état_interne modèle_mental
    emplacements coordonnées localisation plus_récent cumulé cumulée cumulatif total_cumulé non_visité déjà_visité
    estimativas crenças deduzir deduz manter mantém localizações posições paradeiro mais_recente em_andamento aguardando
    não_visitado já_visitado
    memorizzare stime convinzioni dedurre dedotto mantenere stato_interno modello_mentale posizioni più_recente
    cumulativo cumulato in_attesa non_visitato già_visitato stati
    維持 座標 累積 累計 進捗 未訪 把握 居場
    坐标 累计 累积 进度 未访`,
  goal: `goal goals reach reaching reached achieve target plan planning planner steps sequence path route
    navigate navigation destination until end arrive get finish complete accomplish resolve task tasks
    start order moves shortest fix submit book depen* next_step end_state get_to make_sure ready
    then until_done search explore graph ziel erreichen schritte weg plane
    objetivo meta alcanzar pasos ruta planifica llegar conseguir tramite but atteindre étapes
    itinéraire chemin planifie objectif alcançar passos rota caminho
    目標 目标 目的 計画 计划 経路 路径 最短 手順 步骤 到達 到达 ルー ート 达成 達成
    ziele erreicht zielzustand planen planung reihenfolge abfolge pfad navig* zielort ankommen gelangen beende abschließen
    erledige erledigen löse aufgabe aufgaben starte züge kürzeste kürzesten behebe einreichen buche buchen nächster_schritt
    suche erkunde erkunden graphen stelle_sicher bereit
    objetivos metas alcanza alcanzado lograr logra planea planificar secuencia camino navega navegar destino llega
    terminar termina completa completar resolver resuelve tarea tareas orden movimientos más_corto corrige arregla
    reserva reservar siguiente_paso estado_final asegúrate listo busca buscar explora explorar grafo
    buts objectifs atteins atteint planifier planification séquence trajet parcours arriver termine terminer finir
    accomplir résoudre résous tâche tâches mouvements coups plus_court répare soumettre réserve réserver prochaine_étape
    état_final prêt cherche chercher recherche explorer graphe
    alcance alcançado atingir atinja planejar planeje planejamento sequência navegue chegar chegue concluir conclua
    resolva tarefa tarefas mais_curto corrija conserte próximo_passo certifique busque
    obiettivo obiettivi traguardo raggiungere raggiungi raggiunto pianifica pianificare passi sequenza percorso
    destinazione arrivare arriva finire completare risolvere risolvi compito compiti mosse più_breve correggi prenota
    prenotare prossimo_passo stato_finale assicurati cercare esplora esplorare
    ゴー 探索 移動 道順 完了 完成 解決 課題 タス 予約 提出 順序 順番 最終 立案 道筋 迷路 到着 出発 準備 ナビ
    规划 路线 导航 终点 抵达 解决 任务 顺序 移动 搜索 修复 预订 预约 提交 最终 迷宫 前往 出发 准备
    achie* reaches targets plans planned paths routes destinations arrived arriving arrival finished completed completing
    accomplished resolved subgoal subgoals milestone milestones waypoint waypoints itinerary solve puzzle maze mazes
    reachable unreachable precondition preconditions prerequisite prerequisites subtask subtasks booking reservation fixing
    erreichbar unerreichbar geplant pläne pfade routen zielorte angekommen ankunft beendet abgeschlossen erledigt gelöst
    lösen teilziel teilziele meilenstein meilensteine wegpunkt wegpunkte reiseroute rätsel labyrinth vorbedingung
    vorbedingungen voraussetzung voraussetzungen teilaufgabe teilaufgaben buchung reservierung
    alcanzó logrado planes planeado caminos rutas destinos llegó llegada terminado completado completada resuelto resuelta
    subobjetivo subobjetivos hito hitos itinerario rompecabezas acertijo laberinto alcanzable inalcanzable precondición
    precondiciones subtarea subtareas reservación reservas
    planifié chemins itinéraires arrivé arrivée terminé terminée accompli résolu résolue jalon jalons
    labyrinthe atteignable inatteignable précondition préconditions prérequis réservation
    alcançou atingido planejado planos caminhos rotas chegou chegada concluído concluída resolvido resolvida itinerário
    labirinto alcançável inalcançável subtarefa subtarefas
    raggiunge pianificato piani percorsi destinazioni arrivato arrivo finito completato completata risolto risolta tappa
    tappe rompicapo raggiungibile irraggiungibile precondizione precondizioni prerequisito prerequisiti prenotazione
    パズ 旅程 目指 段取 経由
    达到 里程 行程 途经 谜题 求解 可达 子任`,
  utility: `optim* maxim* minim* best better cheapest cheaper cost costs budget tradeoff trade off weights
    weight weighted score scores reward rewards penalty penalties profit utility value allocate allocation
    compromise constraint constraints limit prefer preference expected return risk margin efficient
    price prices worth balance most least per_hour per_unit tight split how_much trade_off kosten gewichtung kompromiss beste günstig nutzen presupuesto
    coste costo mejor ponderación rentable beneficio coût meilleur pondération compromis rendement
    orçamento custo melhor lucro 最適 最优 最大 最小 予算 预算 費用 成本 利益 利润 重み 权重 制約 约束 配分 分配 効用 效用
    günst* billigste billiger besser preis preise gewicht gewichte gewichtet punktzahl strafe gewinn nutzwert zuweisen
    zuteilung aufteilen einschränkung einschränkungen nebenbedingung nebenbedingungen obergrenze bevorzuge präferenz
    präferenzen erwarteter rendite risiko risiken marge effizient lohnt abwägung abwägen ausgleich pro_stunde pro_einheit
    wie_viel knapp
    costos costes barato más_barato mejores precio precios peso pesos puntuación penalización ganancia ganancias utilidad
    valor asignar asigna asignación restricción restricciones límite prefiere preferir preferencia esperado retorno riesgo
    margen eficiente equilibrio equilibrar por_hora por_unidad cuánto compensación máximo mínimo
    coûts moins_cher prix poids pondéré pénalité pénalités bénéfice utilité valeur allouer répartir répartition
    contrainte contraintes limite préfère préférer préférence espéré risque risques efficace vaut équilibre équilibrer
    par_heure par_unité combien arbitrage
    custos mais_barato preço preços pontuação penalidade utilidade alocar alocação restrição restrições prefira
    preferência risco margem equilíbrio por_unidade quanto_custa
    costi economico più_economico migliore migliori prezzo prezzi pesi punteggio penalità profitto utilità valore
    allocare vincolo vincoli preferisci preferenza preferenze atteso rendimento rischio rischi margine efficiente
    bilancio per_unità quanto_costa compromesso ottimizza ottimizzare ottimale massimizza massimizzare
    最良 最善 最安 安い 価格 値段 料金 代金 コス 重視 得点 スコ 罰則 ペナ 利潤 収益 価値 割当 制限 上限 優先 好み
    期待 効率 均衡 妥協 損得 割安 節約 時給 単価 経費
    最佳 更好 便宜 价格 费用 花费 开销 得分 惩罚 罚分 收益 价值 限制 偏好 期望 回报 风险 效率 平衡 权衡 折中
    划算 性价 单价 省钱
    cheap* expen* affor* weigh* alloc* budge* tradeoffs prioritize prioritise priorities preferences preferred prefers
    rank ranked ranking savings spending revenue roi payoff payoffs profitable profits scoring constrained subject_to
    capacity risky risks pros cons efficiency balanced balancing portfolio investment margins per_day
    per_person lowest highest fewest worthwhile
    abwägungen priorisieren priorisiere prioritäten vorlieben bevorzugt rangfolge rangliste teuer teure teuren billig
    erschwinglich ersparnis einsparungen umsatz rentabel profitabel gewinne auszahlung gewichten kapazität riskant
    vorteile nachteile effizienz ausgewogen zugewiesen investition pro_tag pro_person niedrigste
    niedrigsten höchste höchsten lohnenswert
    compensaciones priorizar prioriza prioridades preferencias preferido preferida caro costoso costosa barata asequible
    ahorro ahorros gasto gastos ingresos rentabilidad lucrativo sopesar ponderar restringido sujeto_a capacidad arriesgado
    riesgos ventajas desventajas contras eficiencia equilibrado asignado asignaciones
    cartera inversión márgenes por_día por_persona más_bajo más_alto vale_la
    arbitrages prioriser priorités préférences préféré classement cher chère coûteux coûteuse abordable économies dépenses
    revenus rentabilité bénéfices peser contraint sous_contrainte capacité risqué risquée avantages
    inconvénients efficacité équilibré alloué portefeuille investissement marges par_jour par_personne plus_bas plus_élevé
    vaut_la
    priorize preferências custoso custosa economias despesas faturamento rentabilidade ganhos restrito sujeito_a
    capacidade arriscado riscos vantagens desvantagens eficiência carteira investimento margens por_dia
    por_pessoa mais_baixo mais_alto vale_a
    compromessi priorità preferito graduatoria risparmio risparmi spese ricavi redditizio profitti guadagno guadagni
    ponderare vincolato soggetto_a capacità rischioso vantaggi svantaggi efficienza equilibrato margini
    per_persona più_basso più_alto al_giorno
    ドオ 順位 安価 高価 支出 売上 利回 投資 損益 対効 長所 短所
    优先 排名 昂贵 实惠 节省 效益 优缺 利弊 最低 最高 营收`,
  learning: `past history historical previous episode episodes experience feedback learned learn learning
    lesson lessons outcome outcomes result results trial trials attempt attempts reflection memory memories
    retrieved similar correction corrections adapt improve mistakes rating ratings worked failed
    notes went last_time what_happened previous_runs tried happened passed runs round rounds
    erfahrung rückmeldung bisherige versuch versuche ergebnis historial experiencia anterior anteriores
    intento intentos resultado aprendizaje expérience passé précédent essais essai retour résultats
    histórico experiência tentativa tentativas resultados
    過去 実績 経験 经验 学習 学习 履歴 历史 反馈 以前 前回 結果 结果 試行 尝试 教訓 记录
    vergangenheit vergangene vergangenen verlauf historie frühere früheren vorherige vorherigen episoden erfahrungen
    gelernt lernen lerne lektion lektionen ergebnisse resultat resultate versucht reflexion gedächtnis erinnerung
    erinnerungen abgerufen ähnlich ähnliche ähnlichen korrektur korrekturen anpassen verbessern verbessere bewertung
    bewertungen gescheitert notizen letztes_mal durchläufe durchlauf runde runden
    pasado pasados previo previos previa episodio episodios experiencias aprendido aprender aprende lección lecciones
    reflexión memoria recuerdos recuperado recuperados similares corrección correcciones adaptar adapta mejorar mejora
    calificación calificaciones valoración funcionó falló fracasó notas última_vez ronda rondas qué_pasó intentó
    historique précédente précédents précédentes antérieurs épisode épisodes expériences appris apprendre
    apprentissage leçon leçons résultat tentative tentatives réflexion mémoire souvenirs récupéré récupérés similaire
    similaires adapter adapte améliorer améliore échoué fonctionné dernière_fois manches
    passado prévio prévios episódio episódios experiências aprenda aprendizado lição lições reflexão memória memórias
    semelhante semelhantes correção correções melhorar avaliação avaliações funcionou falhou rodada rodadas aconteceu
    passato precedente precedenti storico cronologia episodi esperienza esperienze appreso imparato imparare impara
    apprendimento lezione lezioni risultato risultati esito esiti tentativo tentativi riflessione ricordi recuperato
    recuperati simile simili correzione correzioni adattare migliorare migliora valutazione valutazioni funzionato
    fallito ultima_volta
    記憶 反省 改善 訂正 成果 成績 評価 評点 類似 適応 学ん 学び 回目 前例 事例 試み 挑戦
    过去 之前 上次 历次 教训 经历 记忆 回顾 反思 改进 纠正 成绩 评分 评价 类似 相似 适应 失误 试验 回合 轮次 上一
    episo* experiences learns learnt reflect reflections retrieve retrieval recall recalled adapted adapting adaptation
    improved improving improvement mistake prior previously track_record next_time last_round last_episode reinforcement
    retry retries iterations insights takeaways precedent precedents analogous
    lernt reflektiere reflektieren abrufen abruf angepasst anpassung verbessert verbesserung zuvor nächstes_mal
    letzten_runde iterationen erkenntnisse präzedenzfall vergleichbar vergleichbare
    reflexionar reflexiones recuperar recuperación adaptado adaptación mejorado previamente anteriormente próxima_vez
    última_ronda reintentar iteraciones aprendizajes precedentes análogo análoga
    apprend réflexions récupérer récupération adapté amélioré amélioration auparavant précédemment prochaine_fois
    dernière_manche réessayer itérations enseignements analogue
    refletir reflexões recuperação adaptação melhorado melhoria última_rodada tentar_novamente iterações aprendizados
    riflettere riflessioni recuperare recupero adattato adattamento migliorato miglioramento in_precedenza prossima_volta
    riprovare iterazioni insegnamenti analogo
    想起 改良 向上 次回 再試 反復 知見 先例
    回忆 检索 下次 重试 迭代 心得 以往 曾经`,
  chat: `translate translation summarize summarise summary explain poem story essay rewrite proofread
    grammar joke recipe tell write describe meaning definition übersetze übersetzung zusammenfassung
    erkläre traduce traducción resume resumen explica traduis traduction résumé explique
    traduza tradução resumo 翻訳 翻译 要約 摘要 总结 説明 解释 詩を 写一
    übersetzen fasse erklären gedicht aufsatz umschreiben formuliere korrekturlesen grammatik witz rezept erzähle
    erzähl schreibe beschreibe bedeutung
    traducir resumir explicar poema cuento reescribe gramática chiste receta escribe significado definición
    traduire résume résumer expliquer poème conte dissertation réécris réécrire relis grammaire blague recette raconte
    écris écrire décris décrire signification définition
    traduzir resuma redação reescreva piada receita escreva descreva definição
    traduci tradurre traduzione riassumi riassunto spiega spiegare poesia racconto saggio riscrivi grammatica
    barzelletta ricetta racconta scrivi descrivi significato definizione
    訳し 和訳 英訳 要旨 解説 物語 作文 文法 冗談 シピ 定義 校正 添削 俳句
    概括 故事 诗歌 改写 润色 校对 语法 笑话 食谱 菜谱 含义 定义
    summa* translating translated paraphrase rephrase poems poetry stories essays rewriting proofreading haiku lyrics
    song jokes recipes brainstorm slogan synonyms spelling
    übersetzt zusammenfassen umformulieren gedichte aufsätze liedtext witze rezepte synonyme rechtschreibung
    traducido resúmenes parafrasear parafrasea reformula poemas poesía cuentos ensayos chistes recetas canción eslogan
    sinónimos ortografía
    traduit résumés reformuler reformule poèmes poésie blagues recettes chanson paroles synonymes orthographe
    traduzido resumos contos ensaios piadas receitas canção sinônimos ortografia
    tradotto riassunti parafrasi riformula poesie racconti saggi barzellette ricette canzone sinonimi
    歌詞 小説 誤字 類義
    歌词 小说 散文 文案 错别 同义 段子`,
  terse: `only exactly single one word token just no explanation integer letter nothing else
    nur genau einzige solo únicamente exactamente seulement uniquement exactement apenas somente
    のみ だけ 只回 仅回 一つ 一个
    einzigen einziges einzelnes wort ohne_erklärung keine_erklärung ganze_zahl buchstabe sonst_nichts lediglich
    sólo solamente una_palabra sin_explicación entero letra nada_más
    seul seule un_seul une_seule sans_explication entier lettre
    só única uma_palavra sem_explicação inteiro nada_mais
    soltanto unicamente esattamente una_parola senza_spiegazione intero lettera
    一語 一言 単語 整数 只需 仅需 只输 仅输 单词 一词 无需 字母
    solely digit digits concise briefly verbatim lowercase
    ausschließlich ziffer ziffern prägnant wörtlich kleinbuchstaben
    exclusivamente dígito dígitos conciso concisa brevemente textualmente minúsculas sucinto
    exclusivement chiffre concis brièvement textuellement minuscules
    esclusivamente cifra testualmente minuscolo minuscole
    数字 簡潔 小文 简洁 简短 小写`,
  choose: `which whichever option options alternative alternatives candidates candidate choose choice pick
    versus vs or_rather worth_it welche welcher wähle oder cuál elegir opción opciones lequel laquelle choisir
    qual escolher opção どれ どの 選ぶ 哪个 选择 选项 哪家
    welches welchen optionen alternativen kandidat kandidaten wählen auswahl aussuchen lohnt_sich
    cuáles alternativa alternativas candidato candidatos elige escoge escoger elección selecciona seleccionar
    lesquels lesquelles candidat candidats choisis choix sélectionne sélectionner
    quais opções escolha escolhe selecione selecionar
    quale quali opzione opzioni candidati scegli scegliere scelta seleziona selezionare conviene
    選択 選ん 選べ 候補 択肢 オプ どち 哪些 哪一 哪种 候选 备选 挑选 选哪 选出
    chooses choosing chose chosen choices picks picking picked selected selecting selection compare comparing compared
    comparison shortlist recommend recommendation should_i go_with opt_for
    wählt gewählt ausgewählt auswählen vergleiche vergleichen verglichen vergleich empfehlen empfiehlst empfehlung soll_ich
    elegido elegida eligiendo elecciones seleccionado selección compara comparar comparación recomienda recomiendas
    recomendar recomendación optar
    choisit choisi choisie sélectionné sélection comparer comparaison recommandes recommander recommandation opter
    escolhido escolhida escolhas selecionado seleção comparação recomenda recomendação
    scelto scelte selezionato selezione confronta confrontare confronto paragona consigli consigliare raccomandare optare
    比較 選定 推奨 比べ おす
    对比 推荐 选用 选定`,
  observe: `tick ticks batch batches frame frames reading readings sensor sensors log logs event events turn
    observation observations step view scan scans snapshot poll day week alert
    after_each each_move every_move each_step
    messung ereignis lectura lecturas evento eventos lecture capteur événement leitura
    ログ 日志 事件 読み 读数
    messungen messwert messwerte ereignisse sensoren protokoll protokolle beobachtung beobachtungen schritt ansicht
    momentaufnahme woche warnung alarm nach_jedem jedem_schritt
    mediciones medición sensores registro registros turno observación observaciones escaneo instantánea día semana
    alerta alertas tras_cada cada_paso
    mesures relevés capteurs journal événements étape instantané semaine alerte alertes après_chaque chaque_étape
    chaque_coup
    leituras medição medições observação observações etapa instantâneo dia após_cada cada_passo
    lettura letture misurazione misurazioni sensore sensori eventi osservazione osservazioni fotogramma fotogrammi
    istantanea giorno settimana avviso allarme dopo_ogni ogni_passo ogni_mossa
    ンサ 計測 測定 観察 イベ 事象 警告 アラ 手番 毎回 日次 週次 時刻 毎日
    传感 感器 测量 测得 观察 警报 告警 预警 轮到 每步 每轮 快照 扫描 采样 时刻 每天 每周 监测 监控
    obser* measurement measurements measured telemetry timestep timesteps timestamp timestamps hourly daily weekly
    interval intervals sampled polling polled monitor monitoring alerts alarms incoming logged turns heartbeat percept
    percepts perception each_tick every_tick each_turn every_turn
    beobachte beobachten beobachtet gemessen messen telemetrie zeitschritt zeitschritte zeitstempel stündlich täglich
    wöchentlich intervall intervalle überwachen überwachung überwacht alarme warnungen protokolliert wahrnehmung jede_stunde
    medido telemetría diariamente cada_hora semanal semanalmente intervalo intervalos muestreado monitorear monitorea
    monitoreo alarmas alarma entrante entrantes registrado turnos percepción cada_tick cada_turno
    mesuré télémétrie horodatage quotidien quotidienne hebdomadaire échantillonné surveiller surveillance surveille
    alarmes entrant entrants enregistré chaque_tick chaque_tour chaque_heure
    telemetria diário monitorar monitoramento percepção
    osserva osservare osservato misurato giornaliero settimanale intervalli monitoraggio allarmi in_arrivo turni
    percezione ogni_tick ogni_turno ogni_ora marca_temporale
    監視 時系 毎時 毎週 間隔 警報 知覚
    遥测 间戳 每日 间隔 采集 报警 感知`,
  // How a decision turned out: graded outcomes of the agent's own earlier answers.
  // Bare 'error' is left out: log lines say ERROR without grading anything the agent decided.
  feedback: `error_of forecast_error prediction_error mean_error your_forecast your_prediction
    deviation deviated actually rewarded penalised loss gain gains
    overshoot overshot undershoot undershot correct incorrect wrong accuracy accurate success successful
    succeeded failure predicted prediction forecasted expected_vs too_high too_low too_early too_late
    fell_short off_by your_guess your_estimate your_answer you_predicted you_chose
    deiner_prognose abweichung tatsächlich belohnung verlust richtig falsch vorhergesagt erfolg
    tu_pronóstico desviación real recompensa pérdida correcto incorrecto acierto fallo predicho éxito
    ta_prévision écart réel récompense perte faux prédit réussite échec
    da_previsão desvio perda correto errado previsto sucesso
    誤差 误差 報酬 奖励 損失 损失 正解 实际 実際 予測 预测 成功 失敗 失败
    prognosefehler vorhersagefehler abweichungen abgewichen belohnt bestraft verluste zu_hoch zu_niedrig zu_früh zu_spät
    überschätzt unterschätzt korrekt inkorrekt genauigkeit erfolgreich misserfolg fehlschlag vorhersage deine_vorhersage
    deine_schätzung deine_antwort treffer
    tu_predicción tu_estimación tu_respuesta desviaciones desviado en_realidad recompensado penalizado pérdidas
    demasiado_alto demasiado_bajo demasiado_tarde demasiado_pronto correcta incorrecta equivocado equivocada precisión
    exitoso fracaso predicción pronosticado acertaste fallaste elegiste predijiste
    ta_prédiction ton_estimation ta_réponse écarts dévié en_réalité récompensé pénalisé pertes trop_haut trop_élevé
    trop_bas trop_tôt trop_tard incorrecte correcte erroné erronée précision réussi réussie prédiction
    sua_previsão sua_estimativa sua_resposta desvios desviou na_verdade perdas alto_demais baixo_demais tarde_demais
    cedo_demais incorreto incorreta correta errada acertou errou precisão fracasso falha você_escolheu você_previu
    tua_previsione tua_stima tua_risposta deviazione scarto scostamento effettivo effettivamente reale ricompensa
    ricompensato penalizzato perdita perdite troppo_alto troppo_basso troppo_presto troppo_tardi corretto corretta
    errato sbagliato sbagliata accuratezza precisione successo riuscito fallimento predetto hai_scelto hai_previsto
    外れ 的中 精度 正確 偏差 乖離 過大 過小 予想 実測 減点 利得 失点
    偏离 被罚 正确 答错 答对 猜对 猜错 准确 命中 过高 过低 太高 太低 太早 太晚 高估 低估 你预
    accur* deviations deviate penalized losses gained overestimated underestimated overestimate underestimate correctly
    incorrectly wrongly inaccurate successes failures missed graded grading scored absolute_error squared_error mae rmse
    mape residual residuals actuals actual_value you_guessed you_answered you_picked you_estimated your_choice
    your_decision precision
    fälschlicherweise ungenau erfolge misserfolge verfehlt benotet residuen istwert istwerte absoluter_fehler deine_wahl
    deine_entscheidung überschätzung unterschätzung
    sobreestimado sobrestimado subestimado correctamente incorrectamente erróneamente impreciso éxitos fracasos
    error_absoluto valor_real tu_elección tu_decisión
    surestimé correctement incorrectement imprécis imprécise succès échecs raté manqué erreur_absolue résidus
    valeur_réelle ton_choix ta_décision
    superestimado corretamente incorretamente erroneamente sucessos fracassos erro_absoluto sua_escolha sua_decisão
    sovrastimato sottostimato correttamente successi fallimenti mancato errore_assoluto residui valore_reale tua_scelta
    tua_decisione
    残差 採点 正答 誤答
    实测 误判`,
  // Partial observability: the agent sees only part of its world (separate from generic 'state'
  // words, which goal prompts use too: "target state", "current status").
  hidden: `hidden unseen partial partially unknown visible invisible local nearby surroundings fog blind
    no_map without_map fov of_view not_shown unobserved cannot_see only_see can_see around_you
    next_to right_next cells_around squares_around of_sight unexplored visibility
    verborgen unbekannt sichtbar umgebung teilweise oculto desconocido parcial alrededores
    caché inconnu partiel alentours desconhecido visível arredores
    視界 视野 周囲 周围 未知 見え 看不
    versteckt verdeckt ungesehen unbekannte unbekannten sichtbare sichtbaren unsichtbar lokal lokale nebel ohne_karte
    sichtfeld sichtweite unerforscht unerforschte angrenzend angrenzende benachbarte benachbarten siehst der_nähe
    ocultos oculta ocultas desconocidos desconocida parcialmente visibles cercano cercanos cercanas niebla
    ciego sin_mapa inexplorado inexplorada adyacente adyacentes tu_alrededor solo_ves puedes_ver visibilidad
    cachée cachés cachées inconnue inconnus partielle partiellement voisines voisins brouillard aveugle sans_carte
    visibilité inexploré inexplorée adjacentes tu_vois peux_voir
    escondido escondida invisível desconhecida desconhecidos parciais visíveis vizinhas vizinhos névoa neblina cego
    sem_mapa visibilidade ao_redor você_vê
    nascosto nascosta nascosti nascoste invisibile sconosciuto sconosciuta sconosciuti parziale parzialmente visibile
    visibili circostante circostanti nebbia cieco senza_mappa campo_visivo visibilità inesplorato inesplorata adiacente
    adiacenti vedi_solo puoi_vedere
    隠れ 隠さ 不明 局所 近傍 隣接 視野 未探 未踏 見通 周辺 付近
    隐藏 看得 局部 附近 周边 相邻 邻近 迷雾 盲区 能见
    visib* hides obscured occluded concealed uncharted undiscovered unknowns revealed adjacent neighboring neighbouring
    neighbor neighbour neighbors neighbours surrounding noisy uncertain uncertainty in_view vicinity locally observable
    observability unobservable
    verborgene verbirgt verdeckte unentdeckt unentdeckte unbekanntes aufgedeckt nachbarn nachbarfelder umliegende
    umliegenden verrauscht ungewiss unsicherheit sichtbereich beobachtbar
    esconde oscurecido ocluido desconocidas inexplorados revelado revelada vecino vecinos vecinas circundante circundantes
    ruidoso ruidosa incierto incertidumbre localmente
    dissimulé occulté inexplorés inconnues révélé révélée voisin environnant environnante environnantes bruité bruitée
    incertain incertitude
    escondidos escondidas desconhecidas vizinho vizinhança incerto incerteza observável
    occultato sconosciute rivelato vicini vicinanze rumoroso incertezza osservabile
    遮蔽 不確 ノイ 死角
    遮挡 不确 噪声 可见 视线`,
  // Statelessness: each input is judged on its own, with no memory of earlier ones (the reflex
  // agent's mark in a multi-turn stream, which otherwise looks like a tracked world).
  alone: `independently separately individually standalone stateless memoryless by_itself by_themselves its_own
    in_isolation no_memory not_connect ignore_previous ignore_earlier on_its
    unabhängig eigenständig isoliert gesondert für_sich nur_anhand allein_anhand ohne_gedächtnis
    independientemente aisladamente por_separado por_sí sin_memoria forma_independiente
    indépendamment isolément séparément individuellement sans_mémoire
    isoladamente separadamente independentemente individualmente por_si sem_memória
    indipendentemente separatamente singolarmente isolatamente a_sé senza_memoria
    単独 個別 独立
    单独 逐条 分别 各自 孤立`,
};

/**
 * First words of a turn or line that open a new case (a trial, an episode, the next patient: the
 * learning shape) or a new reading of the same world (a tick, an hour, a sample: the world-model shape).
 */
export const LEAD_LEXICON = {
  trial: `run trial attempt episode round game match experiment try iteration case test session
    patient customer client applicant subject object item candidate new next
    versuch lauf runde partie spiel fall kunde intento ronda partida prueba ensayo caso paciente
    cliente nuevo essai manche tentative cas nouveau tentativa rodada teste novo
    durchlauf sitzung patientin kundin bewerber bewerberin kandidat kandidatin neuer neue neues
    episodio juego experimento iteración sesión solicitante sujeto objeto candidato candidata nueva siguiente partido
    épisode jeu patiente candidat sujet objet nouvelle suivant suivante prochain prochaine
    episódio jogo iteração sessão sujeito nova seguinte
    prova tentativo gioco partita esperimento iterazione sessione paziente soggetto oggetto nuovo nuova prossimo
    prossima successivo nächste nächster nächstes próximo próxima séance itération expérience
    runs trials attempts episodes rounds games experiments iterations cases sessions tries retry rerun replay
    epoch epochs generation gen instance hand auction borrower participant
    versuche läufe durchläufe runden episoden experimente iterationen fälle sitzungen spiele partien wiederholung
    epoche instanz auktion kreditnehmer teilnehmer teilnehmerin proband probandin
    intentos rondas episodios experimentos iteraciones casos sesiones pruebas ensayos partidas juegos reintento
    repetición época generación instancia mano subasta prestatario participante
    essais tentatives manches épisodes expériences itérations séances reprise époque génération enchère emprunteur
    demandeur nouvel
    rodadas episódios ensaios jogos iterações sessões repetição geração instância mão leilão mutuário requerente
    tentativi episodi esperimenti iterazioni sessioni partite ripetizione epoca generazione istanza asta mutuatario
    partecipante richiedente`,
  observe: `tick step t reading readings chunk frame update snapshot scan status sensors sensor view
    telemetry now current minute hour day cycle poll sample state log batch event events
    messung schritt stand tag stunde lectura paso estado hora lecture relevé étape état heure jour
    leitura passo dia
    messwert messwerte aktualisierung zyklus probe zustand ereignis protokoll jetzt aktuell woche
    lecturas actualización instantánea minuto ciclo muestra evento registro ahora actual semana medición
    lectures mesure mise instantané capteur échantillon journal maintenant actuel semaine
    leituras atualização amostra agora atual medição día
    lettura aggiornamento istantanea sensore ora giorno campione stato adesso attuale settimana misura
    ticks timestep timesteps frames updates snapshots scans week month quarter year cycles samples batches time
    timestamp ts obs measurement measurements heartbeat period interval latest currently updated scene lidar radar gps
    aktualisierungen schnappschuss monat quartal jahr zyklen stichprobe zeit zeitstempel zeitschritt messungen periode
    zeitraum intervall derzeit momentan aktualisiert szene sensoren ereignisse telemetrie
    fotograma actualizaciones escaneo mes trimestre año ciclos muestras lote tiempo mediciones período periodo intervalo
    actualmente actualizado escena sensores eventos telemetría
    trame balayage mois année temps horodatage mesures relevés période intervalle actuellement scène capteurs
    événement événements télémétrie statut
    atualizações instantâneo varredura mês ano amostras tempo medições atualmente atualizado cena telemetria
    fotogramma aggiornamenti scansione mese anno lotto misurazione misurazioni intervallo attualmente
    aggiornato scena sensori eventi campioni`,
} as const;

export const TOOL_GROUPS = ['nav', 'memory', 'sense', 'act', 'code', 'compute'] as const;
export type ToolGroup = (typeof TOOL_GROUPS)[number];

/** Words inside tool names (split on '_' and case) that hint at what a tool does. */
export const TOOL_LEXICON: Record<ToolGroup, string> = {
  nav:
    'click navigate goto go open visit browse back scroll move type select page search find url link ' +
    'nav browser tab window menu button hover tap swipe drag zoom reload press hotkey keyboard fill enter ' +
    'walk travel teleport jump follow north south east west',
  memory:
    'memory memories retrieve recall history feedback episodes episode past experience lessons log ' +
    'mem remember memorize memorise memo note notes scratchpad journal diary kb knowledge rag retrieval forget ' +
    'reflect reflection reflections insight insights lesson learn learnings replay outcome outcomes trajectory ' +
    'trajectories experiences',
  sense:
    'get read status sensor sensors poll check tracking track observe query monitor list fetch events ' +
    'look peek inspect scan measure measurements detect sense perception observation observations vision camera ' +
    'screenshot snapshot telemetry lidar radar gps location position state info lookup listen reading readings metrics',
  act:
    'set place submit create book send order reserve cancel execute trade buy sell apply update ' +
    'act action perform push put grab drop use attack craft close lock unlock toggle activate adjust modify remove ' +
    'delete assign schedule dispatch restock pay purchase refund transfer deposit withdraw bid',
  code:
    'bash shell run edit editor file files test tests python replace write exec terminal ' +
    'script compile build debug lint git commit diff patch repo repository sql javascript js npm pip install ' +
    'interpreter jupyter ipython repl cmd directory dir folder grep sandbox pytest',
  compute:
    'price prices quote quotes cost costs estimate simulate optimize optimise forecast score evaluate ' +
    'calc calculate calculator compute math solver sum average statistics predict prediction regression probability ' +
    'rank ranking compare convert distance budget risk roi optimizer minimize maximize allocate allocation payoff ' +
    'analyze analyse analysis sim',
};

/**
 * Month names and their usual short forms (English, German, Spanish, French, Portuguese, Italian):
 * a line that names a month is dated, as past results and logs are ("4. März | 22% | ..."). "may"
 * and "mai" are left out (a modal verb in English), as are forms that are common words.
 */
export const MONTH_WORDS = `january february march april june july august september october november december
  jan feb apr jun jul aug sep sept oct nov dec
  januar februar märz juni juli oktober dezember jän mrz okt dez
  enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ene abr ago dic
  janvier février mars avril juin juillet août septembre octobre novembre décembre janv févr avr juil déc
  janeiro fevereiro março maio junho julho setembro outubro dezembro fev
  gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre gen mag giu lug ott`;
