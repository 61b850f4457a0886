// Dragoman workbench: the editor's behaviour over the server-rendered pages.
// Plain JavaScript, no build step, nothing fetched from elsewhere. Every text from the project is
// put into the page with textContent (never as HTML).
'use strict';

(() => {
  const csrf = document.querySelector('meta[name="dragoman-csrf"]')?.content ?? null;
  const client = self.crypto && crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2);
  const $ = (id) => document.getElementById(id);

  // ---- Who is working (kept in this browser) ----
  const authorInput = $('author');
  if (authorInput) {
    authorInput.value = localStorage.getItem('dragoman-author') ?? '';
    authorInput.addEventListener('change', () => localStorage.setItem('dragoman-author', authorInput.value.trim()));
  }
  const author = () => (authorInput?.value.trim() || undefined);

  // ---- The API ----
  async function api(method, path, body, raw) {
    const headers = { 'X-Dragoman-Client': client };
    if (csrf) headers['X-Dragoman-CSRF'] = csrf;
    let payload;
    if (raw !== undefined) {
      payload = raw;
    } else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
    const type = response.headers.get('content-type') ?? '';
    const data = type.includes('json') ? await response.json() : null;
    return { status: response.status, ok: response.ok, data };
  }

  function element(tag, text, className) {
    const made = document.createElement(tag);
    if (text !== undefined && text !== null) made.textContent = text;
    if (className) made.className = className;
    return made;
  }

  function announce(message) {
    const live = $('live');
    if (!live) return;
    live.textContent = message;
    live.classList.add('shown');
    clearTimeout(announce.timer);
    announce.timer = setTimeout(() => live.classList.remove('shown'), 6000);
  }

  // ---- Import of a reviewed file (front page) ----
  const importForm = $('import-form');
  if (importForm) {
    importForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      const file = $('review-file').files[0];
      const report = $('import-report');
      report.replaceChildren();
      if (!file) {
        report.append(element('p', 'Choose a reviewed file first.', 'error'));
        return;
      }
      const query = new URLSearchParams({ name: file.name, dry_run: $('review-dry-run').checked ? 'true' : 'false' });
      if (author()) query.set('author', author());
      const result = await api('POST', '/api/import-review?' + query, undefined, file);
      if (!result.ok) {
        report.append(element('p', result.data?.error ?? `The import failed (${result.status}).`, 'error'));
        return;
      }
      const data = result.data;
      const verb = data.dry_run ? 'would change' : 'changed';
      report.append(element('p', `${data.file}: ${data.changes.length} unit(s) ${verb}, ${data.unchanged} unchanged, ` +
        `${data.conflicts.length} conflict(s), ${data.unknown.length} unknown.`, 'summary-line'));
      const list = element('ul', undefined, 'report');
      for (const line of data.changes) list.append(element('li', `${verb}: ${line}`, 'change'));
      for (const line of data.conflicts) list.append(element('li', `conflict: ${line}`, 'conflict-line'));
      for (const line of data.unknown) list.append(element('li', `unknown: ${line}`, 'unknown-line'));
      report.append(list);
    });
  }

  // ---- The editor ----
  const grid = $('grid');
  if (!grid) return;
  // The progress comes after the grid (the server reads the units while the page loads): into the header.
  const progress = $('progress-final');
  if (progress && $('progress')) { $('progress').replaceChildren(...progress.childNodes); progress.remove(); }
  const documentID = grid.dataset.document;
  const reviewMode = grid.dataset.mode === 'review';
  const rows = Array.from(grid.querySelectorAll('.row[data-unit]'));
  const byID = new Map(rows.map((row) => [row.dataset.unit, row]));
  let current = null;   // the open row
  let editor = null;    // its textarea
  let saved = '';       // its target as last saved or loaded
  let results = [];     // what Ctrl+Shift+n inserts: {kind, text}
  let context = null;
  let conflict = null;  // {mine, status, current}
  let withFindings = null; // unit ids with QA findings, when the filter has asked

  const visible = (row) => !row.hidden;
  const targetCell = (row) => row.children[2];
  const rowTarget = (row) => row.dataset.target ?? targetCell(row).textContent;

  // The words the server puts on a marked row, for rows the script adds.
  const reviewTitle = $('filter-score')?.dataset.title ?? '';

  function markReview(row, review) {
    if (review) {
      row.dataset.review = '1';
      row.children[4].title = reviewTitle;
    } else {
      delete row.dataset.review;
      row.children[4].removeAttribute('title');
    }
  }

  function setRow(row, unit) {
    row.dataset.version = String(unit.version);
    row.dataset.status = unit.status;
    row.dataset.target = unit.target ?? '';
    // The mark follows the unit: gone once someone types over it, back if its aligned text is restored.
    markReview(row, unit.alignment_review);
    const badge = row.children[3].firstElementChild;
    badge.textContent = unit.status;
    badge.className = `badge s-${unit.status}`;
    if (row !== current) targetCell(row).textContent = unit.target ?? '';
    row.classList.remove('remote-change');
  }

  function open(row, { focus = true } = {}) {
    if (!row) return;
    if (current) close();
    current = row;
    row.classList.add('current');
    row.setAttribute('aria-selected', 'true');
    saved = rowTarget(row);
    row.dataset.target = saved;
    editor = document.createElement('textarea');
    editor.id = 'editor';
    editor.lang = grid.dataset.targetLang;
    editor.setAttribute('aria-label', `Target of unit ${row.children[0].textContent}`);
    editor.value = saved;
    targetCell(row).replaceChildren(editor);
    editor.addEventListener('input', () => { fit(); scheduleCheck(); });
    fit();
    if (focus) editor.focus();
    row.scrollIntoView({ block: 'nearest' });
    history.replaceState(null, '', `#u-${row.dataset.unit}`);
    hideConflict();
    loadContext();
  }

  // The editor grows with its text (a style set from the script, which the policy allows).
  function fit() {
    if (!editor) return;
    editor.style.height = 'auto';
    editor.style.height = `${editor.scrollHeight + 4}px`;
  }

  function close() {
    if (!current) return;
    const text = editor.value;
    current.classList.remove('current');
    current.removeAttribute('aria-selected');
    targetCell(current).textContent = text === saved ? saved : text;
    if (text !== saved) current.classList.add('unsaved');
    current = null;
    editor = null;
  }

  function move(step) {
    if (!current) return open(rows.find(visible));
    let index = rows.indexOf(current) + step;
    while (index >= 0 && index < rows.length && !visible(rows[index])) index += step;
    if (index >= 0 && index < rows.length) open(rows[index]);
  }

  async function loadContext() {
    const row = current;
    const result = await api('GET', `/api/units/${row.dataset.unit}/context`);
    if (row !== current || !result.ok) return;
    context = result.data;
    renderContext();
  }

  // ---- The panel ----
  function renderContext() {
    results = [];
    for (const term of context.terms) {
      if (term.preferred) results.push({ kind: 'term', text: term.preferred, note: `${term.text} → glossary` });
    }
    for (const suggestion of context.suggestions) {
      results.push({ kind: 'memory', text: suggestion.target, note: `${suggestion.percentage} % memory`, diff: suggestion.source_diff });
    }
    renderResults();
    renderFindings(context.findings);
    renderHistory(context.history);
    renderComments(context.comments);
    const diff = $('review-diff');
    diff.replaceChildren();
    if (context.review_diff) {
      for (const run of context.review_diff) {
        diff.append(run.kind === 'same' ? document.createTextNode(run.text) : element(run.kind === 'added' ? 'ins' : 'del', run.text));
      }
    } else {
      diff.append(element('span', context.translator_version ? 'No change since the translator confirmed it.' : 'The translator has not confirmed this unit in the workbench yet.', 'muted'));
    }
    $('split').disabled = context.unit.segments < 2;
  }

  function renderResults() {
    const list = $('results');
    list.replaceChildren();
    results.forEach((result, index) => {
      const item = element('li', undefined, `result r-${result.kind}`);
      item.append(element('kbd', index < 9 ? `Ctrl+Shift+${index + 1}` : ''));
      item.append(' ', element('span', result.text, 'result-text'));
      const note = element('small', ` ${result.note}`);
      item.append(note);
      if (result.diff) {
        const diff = element('div', undefined, 'diff source-diff');
        for (const run of result.diff) {
          diff.append(run.kind === 'same' ? document.createTextNode(run.text) : element(run.kind === 'added' ? 'ins' : 'del', run.text));
        }
        item.append(diff);
      }
      item.addEventListener('click', () => insert(index));
      list.append(item);
    });
    if (results.length === 0) list.append(element('li', 'No glossary terms or memory matches for this unit.', 'muted'));
  }

  function renderFindings(findings) {
    const list = $('findings');
    list.replaceChildren();
    for (const finding of findings) {
      const item = element('li', undefined, `finding f-${finding.severity}`);
      item.append(element('strong', finding.severity), ' ', element('code', finding.rule), ' ', element('span', finding.message));
      list.append(item);
    }
    if (findings.length === 0) list.append(element('li', 'No findings.', 'muted'));
  }

  function renderHistory(entries) {
    const list = $('history');
    list.replaceChildren();
    const unit = context?.unit;
    const version = (index, before, target, status, when, who, note) => {
      const item = element('li', undefined, 'history-entry');
      item.append(element('span', `${when} · ${who} · ${status}`, 'meta'));
      if (note) item.append(element('span', ` (${note})`, 'muted'));
      item.append(element('div', target ?? '(empty)', 'history-target'));
      const isCurrent = unit && (unit.target ?? null) === (target ?? null) && unit.status === status;
      if (!isCurrent) {
        const button = element('button', 'Restore this version');
        button.type = 'button';
        button.className = 'restore';
        button.addEventListener('click', () => restore(index, before));
        item.append(button);
      } else {
        item.append(element('span', 'current', 'badge'));
      }
      list.append(item);
    };
    for (const entry of entries.slice().reverse()) {
      version(entry.index, false, entry.target, entry.status, new Date(entry.time).toLocaleString(), entry.author, entry.note);
    }
    if (entries.length > 0) {
      const first = entries[0];
      version(0, true, first.previous_target, first.previous_status, 'before the first change', 'original', null);
    } else {
      list.append(element('li', 'No changes yet.', 'muted'));
    }
  }

  function renderComments(comments) {
    const list = $('comments');
    list.replaceChildren();
    for (const comment of comments) {
      const item = element('li', undefined, 'comment');
      item.append(element('span', `${new Date(comment.time).toLocaleString()} · ${comment.author}`, 'meta'));
      item.append(element('div', comment.text));
      list.append(item);
    }
    if (comments.length === 0) list.append(element('li', 'No comments.', 'muted'));
  }

  // ---- QA as the translator types ----
  function scheduleCheck() {
    clearTimeout(scheduleCheck.timer);
    scheduleCheck.timer = setTimeout(check, 250);
  }

  async function check() {
    if (!current) return;
    const row = current;
    const result = await api('POST', `/api/units/${row.dataset.unit}/check`, { target: editor.value });
    if (row === current && result.ok) renderFindings(result.data);
  }

  // ---- Saving ----
  async function save(status, { advance = true, text = editor?.value, version } = {}) {
    if (!current) return false;
    const row = current;
    const body = { target: text, status, version: Number(version ?? row.dataset.version) };
    if (author()) body.author = author();
    const result = await api('PUT', `/api/units/${row.dataset.unit}`, body);
    if (result.status === 409) {
      showConflict(row, text, status, result.data.current);
      return false;
    }
    if (!result.ok) {
      announce(result.data?.error ?? `Not saved (${result.status}).`);
      return false;
    }
    saved = result.data.target ?? '';
    row.classList.remove('unsaved');
    setRow(row, result.data);
    announce(`Unit ${row.children[0].textContent} saved (${result.data.status}).`);
    if (withFindings) refreshFindingsFilter();
    if (advance) move(1); else loadContext();
    return true;
  }

  async function review(decision) {
    if (!current) return;
    const row = current;
    if (editor.value !== saved) {
      // An edit by the reviewer: saved as the reviewed (or rejected) version.
      await save(decision === 'approve' ? 'approved' : 'draft');
      return;
    }
    const body = { decision, version: Number(row.dataset.version) };
    const comment = $('comment-text').value.trim();
    if (decision === 'reject' && comment) { body.comment = comment; $('comment-text').value = ''; }
    if (author()) body.author = author();
    const result = await api('POST', `/api/units/${row.dataset.unit}/review`, body);
    if (result.status === 409) return showConflict(row, editor.value, decision === 'approve' ? 'approved' : 'draft', result.data.current);
    if (!result.ok) return announce(result.data?.error ?? `Not saved (${result.status}).`);
    setRow(row, result.data);
    announce(`Unit ${row.children[0].textContent} ${decision === 'approve' ? 'approved' : 'rejected'}.`);
    move(1);
  }

  async function restore(entry, before) {
    if (!current) return;
    const row = current;
    const body = { entry, before, version: Number(row.dataset.version) };
    if (author()) body.author = author();
    const result = await api('POST', `/api/units/${row.dataset.unit}/restore`, body);
    if (result.status === 409) return showConflict(row, editor.value, row.dataset.status, result.data.current);
    if (!result.ok) return announce(result.data?.error ?? `Not restored (${result.status}).`);
    saved = result.data.target ?? '';
    setRow(row, result.data);
    editor.value = saved;
    editor.focus();
    announce(`Unit ${row.children[0].textContent}: version restored.`);
    loadContext();
  }

  // ---- Conflicts: both versions shown, nothing lost ----
  function showConflict(row, mine, status, theirs) {
    conflict = { row, mine, status, theirs };
    const body = $('conflict-body');
    body.replaceChildren();
    body.append(element('h3', 'Theirs (saved)'), element('p', theirs.target ?? '(empty)', 'theirs'));
    body.append(element('p', `version ${theirs.version}, ${theirs.status}`, 'muted'));
    body.append(element('h3', 'Yours (not saved)'), element('p', mine ?? '(empty)', 'mine'));
    $('p-conflict').hidden = false;
    row.dataset.version = String(theirs.version);
    row.dataset.target = theirs.target ?? '';
    announce(`Unit ${row.children[0].textContent} was changed by someone else: nothing was saved; choose a version.`);
    $('conflict-mine').focus();
  }

  function hideConflict() {
    conflict = null;
    $('p-conflict').hidden = true;
  }

  $('conflict-mine').addEventListener('click', async () => {
    if (!conflict || conflict.row !== current) return hideConflict();
    const { mine, status, theirs } = conflict;
    hideConflict();
    await save(status, { text: mine, version: theirs.version, advance: false });
    editor?.focus();
  });
  $('conflict-theirs').addEventListener('click', () => {
    if (!conflict || conflict.row !== current) return hideConflict();
    const { theirs } = conflict;
    hideConflict();
    saved = theirs.target ?? '';
    setRow(current, theirs);
    editor.value = saved;
    editor.focus();
    loadContext();
  });

  // ---- Inserting ----
  function insert(index) {
    if (!editor || index >= results.length) return;
    const result = results[index];
    if (result.kind === 'term') {
      editor.setRangeText(result.text, editor.selectionStart, editor.selectionEnd, 'end');
    } else {
      editor.value = result.text;
    }
    fit();
    editor.focus();
    scheduleCheck();
  }

  async function machineDraft() {
    if (!current || grid.dataset.mt !== 'true') return announce('No machine-translation engine is configured.');
    const row = current;
    announce('Asking the machine-translation engine…');
    const result = await api('POST', `/api/units/${row.dataset.unit}/mt`);
    if (row !== current) return;
    if (!result.ok) return announce(result.data?.error ?? `No draft (${result.status}).`);
    results.push({ kind: 'mt', text: result.data.target, note: 'machine translation' });
    renderResults();
    announce(`Machine translation draft: Ctrl+Shift+${results.length} inserts it.`);
  }
  $('mt-draft').addEventListener('click', machineDraft);

  // ---- Keyboard ----
  const digit = (event) => {
    const match = /^(Digit|Numpad)([1-9])$/.exec(event.code ?? '');
    if (match) return Number(match[2]);
    const shifted = '!@#$%^&*('.indexOf(event.key);
    if (shifted >= 0) return shifted + 1;
    return /^[1-9]$/.test(event.key) ? Number(event.key) : null;
  };

  document.addEventListener('keydown', (event) => {
    const ctrl = event.ctrlKey || event.metaKey;
    if (ctrl && event.key === 'Enter') {
      event.preventDefault();
      if (reviewMode) review(event.shiftKey ? 'reject' : 'approve');
      else save(event.shiftKey ? 'draft' : 'translated');
    } else if (event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (current && editor.value !== saved) {
        save(current.dataset.status === 'new' ? 'draft' : current.dataset.status, { advance: false }).then((ok) => ok && move(step));
      } else {
        move(step);
      }
    } else if (ctrl && event.shiftKey && digit(event) !== null) {
      event.preventDefault();
      insert(digit(event) - 1);
    } else if (ctrl && event.shiftKey && event.code === 'KeyS') {
      event.preventDefault();
      if (editor) { editor.value = current.children[1].textContent; scheduleCheck(); }
    } else if (ctrl && event.shiftKey && event.code === 'KeyM') {
      event.preventDefault();
      machineDraft();
    } else if (ctrl && event.shiftKey && event.code === 'KeyH') {
      event.preventDefault();
      document.querySelector('#history button.restore')?.focus();
    } else if (ctrl && event.shiftKey && event.code === 'KeyF') {
      event.preventDefault();
      $('concordance').focus();
    } else if (event.key === 'Escape') {
      if (!$('p-search').hidden) { $('p-search').hidden = true; editor?.focus(); }
      else if (editor) { editor.value = saved; scheduleCheck(); }
    }
  });

  grid.addEventListener('click', (event) => {
    const row = event.target.closest('.row[data-unit]');
    if (row && row !== current) open(row);
  });

  // ---- Review buttons, alignment fixes, comments, terms ----
  $('approve').addEventListener('click', () => review('approve'));
  $('reject').addEventListener('click', () => review('reject'));

  $('join').addEventListener('click', async () => {
    if (!current) return;
    const next = rows[rows.indexOf(current) + 1];
    if (!next) return announce('This is the last unit.');
    const body = { version: Number(current.dataset.version), next_version: Number(next.dataset.version) };
    if (author()) body.author = author();
    const result = await api('POST', `/api/units/${current.dataset.unit}/join`, body);
    if (!result.ok) return announce(result.data?.error ?? `Not joined (${result.status}).`);
    location.reload();
  });

  $('split').addEventListener('click', async () => {
    if (!current) return;
    const body = { version: Number(current.dataset.version) };
    if (author()) body.author = author();
    const result = await api('POST', `/api/units/${current.dataset.unit}/split`, body);
    if (!result.ok) return announce(result.data?.error ?? `Not split (${result.status}).`);
    location.reload();
  });

  $('comment-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = $('comment-text').value.trim();
    if (!current || !text) return;
    const body = { text };
    if (author()) body.author = author();
    const result = await api('POST', `/api/units/${current.dataset.unit}/comments`, body);
    if (!result.ok) return announce(result.data?.error ?? `Not added (${result.status}).`);
    $('comment-text').value = '';
    renderComments(result.data);
  });

  // A selection (by mouse or keyboard) in a source fills the term pair's source; in the editor, its target.
  document.addEventListener('selectionchange', () => {
    if (document.activeElement === editor && editor.selectionEnd > editor.selectionStart) {
      $('term-target').value = editor.value.slice(editor.selectionStart, editor.selectionEnd).trim();
      return;
    }
    const selection = window.getSelection();
    const text = selection?.toString().trim();
    if (!text || !selection.anchorNode) return;
    const cell = selection.anchorNode.parentElement?.closest('.source, .target');
    if (cell?.classList.contains('source')) $('term-source').value = text;
    else if (cell?.classList.contains('target')) $('term-target').value = text;
  });

  $('term-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { source: $('term-source').value, target: $('term-target').value, kind: $('term-kind').value, document: Number(documentID) };
    if (author()) body.author = author();
    const result = await api('POST', '/api/glossary/terms', body);
    if (!result.ok) return announce(result.data?.error ?? `Not added (${result.status}).`);
    announce(`Added to the project glossary: ${result.data.text} → ${result.data.preferred}.`);
    $('term-source').value = '';
    $('term-target').value = '';
    if (current) loadContext();
  });

  // ---- Filters ----
  async function refreshFindingsFilter() {
    const result = await api('GET', `/api/documents/${documentID}/findings`);
    if (!result.ok) return;
    withFindings = new Set(result.data.filter((finding) => finding.severity !== 'info').map((finding) => String(finding.unit)));
    applyFilters();
  }

  function applyFilters() {
    const status = $('filter-status').value;
    const text = $('filter-text').value.trim().toLocaleLowerCase();
    const qa = $('filter-qa').checked;
    const low = $('filter-score').checked;
    let shown = 0;
    for (const row of rows) {
      const statusOK = !status || (status === 'open' ? ['new', 'draft'].includes(row.dataset.status) : row.dataset.status === status);
      const textOK = !text || row.children[1].textContent.toLocaleLowerCase().includes(text) || rowTarget(row).toLocaleLowerCase().includes(text);
      const qaOK = !qa || (withFindings?.has(row.dataset.unit) ?? true);
      const lowOK = !low || row.dataset.review === '1';
      const hide = !(statusOK && textOK && qaOK && lowOK);
      if (row.hidden !== hide) row.hidden = hide;
      if (!hide) shown += 1;
    }
    $('filter-count').textContent = shown === rows.length ? `${rows.length} units` : `${shown} of ${rows.length} units`;
  }

  $('filter-status').addEventListener('change', applyFilters);
  $('filter-text').addEventListener('input', applyFilters);
  $('filter-score').addEventListener('change', applyFilters);
  $('filter-qa').addEventListener('change', () => ($('filter-qa').checked ? refreshFindingsFilter() : applyFilters()));
  applyFilters();

  // ---- Concordance ----
  $('concordance-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const query = $('concordance').value.trim();
    if (!query) return;
    const result = await api('GET', `/api/search?q=${encodeURIComponent(query)}`);
    const list = $('search-results');
    list.replaceChildren();
    $('p-search').hidden = false;
    if (!result.ok) { list.append(element('li', result.data?.error ?? 'The search failed.', 'error')); return; }
    const marked = (fragments) => {
      const span = element('span');
      for (const fragment of fragments) span.append(fragment.hit ? element('mark', fragment.text) : document.createTextNode(fragment.text));
      return span;
    };
    for (const hit of result.data) {
      const item = element('li', undefined, `hit h-${hit.origin}`);
      const label = hit.origin === 'project' ? `unit ${hit.index}` + (String(hit.document) === documentID ? '' : ` of document ${hit.document}`) : 'memory';
      const link = element('a', label);
      link.href = hit.origin === 'project' ? `/documents/${hit.document}#u-${hit.unit}` : '#';
      if (hit.origin === 'project' && String(hit.document) === documentID) {
        link.addEventListener('click', (clicked) => { clicked.preventDefault(); open(byID.get(String(hit.unit))); });
      }
      item.append(link, element('div', undefined, 'hit-source'), element('div', undefined, 'hit-target'));
      item.children[1].append(marked(hit.source));
      item.children[2].append(marked(hit.target));
      list.append(item);
    }
    if (result.data.length === 0) list.append(element('li', `Nothing found for “${query}”.`, 'muted'));
    $('search-close').focus();
  });
  $('search-close').addEventListener('click', () => { $('p-search').hidden = true; editor?.focus(); });

  // ---- Live updates from other translators ----
  if (self.EventSource) {
    const events = new EventSource(`/api/events?document=${encodeURIComponent(documentID)}`);
    events.addEventListener('unit', (message) => {
      const data = JSON.parse(message.data);
      if (data.client === client) return;
      const row = byID.get(String(data.unit.id));
      if (!row) return;
      if (row === current && editor.value !== saved) {
        // The translator is typing here: their text stays; the save will show both versions.
        row.classList.add('remote-change');
        announce(`${data.author} saved unit ${data.unit.index} while you were editing it; saving will show both versions.`);
        return;
      }
      setRow(row, data.unit);
      if (row === current) { saved = data.unit.target ?? ''; editor.value = saved; loadContext(); }
      row.classList.add('remote-change');
      announce(`${data.author} saved unit ${data.unit.index}.`);
    });
    events.addEventListener('document', (message) => {
      const data = JSON.parse(message.data);
      announce(`${data.author} joined or split units of this document: reload to see the new units.`);
    });
    addEventListener('pagehide', () => events.close());
  }

  addEventListener('hashchange', () => {
    const row = location.hash.startsWith('#u-') ? byID.get(location.hash.slice(3)) : null;
    if (row && row !== current) open(row);
  });

  // ---- The rest of a long document: the page carries its first rows, the API the others ----
  function makeRow(unit) {
    const row = element('div', undefined, 'row');
    row.setAttribute('role', 'row');
    row.id = `u-${unit.id}`;
    const score = unit.score === undefined ? '' : unit.score.toFixed(3);
    Object.assign(row.dataset, { unit: String(unit.id), version: String(unit.version), status: unit.status, score });
    for (const [name, text] of [['num', String(unit.index)], ['source', unit.source], ['target', unit.target ?? ''],
      ['status', null], ['score', score]]) {
      const cell = element('div', text, name);
      cell.setAttribute('role', 'cell');
      row.append(cell);
    }
    row.children[3].append(element('span', unit.status, `badge s-${unit.status}`));
    markReview(row, unit.alignment_review);
    return row;
  }

  async function loadRest() {
    const more = $('grid-more');
    if (!more) return;
    const result = await api('GET', `/api/documents/${documentID}/units`);
    if (!result.ok) {
      more.textContent = 'The other units could not be loaded: reload the page.';
      return;
    }
    const pending = result.data.filter((unit) => !byID.has(String(unit.id)));
    while (pending.length > 0) {
      const fragment = document.createDocumentFragment();
      for (const unit of pending.splice(0, 500)) {
        const row = makeRow(unit);
        rows.push(row);
        byID.set(row.dataset.unit, row);
        fragment.append(row);
      }
      grid.append(fragment);
      // Let the page answer keys between chunks.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    more.remove();
    applyFilters();
    performance.mark('dragoman-grid-complete');
  }

  // ---- Start: the unit named in the address, else the first that needs work ----
  const wanted = location.hash.startsWith('#u-') ? location.hash.slice(3) : null;
  const needsWork = (row) => ['new', 'draft'].includes(row.dataset.status);
  open((wanted && byID.get(wanted)) || rows.find(needsWork) || rows[0]);
  const opened = current;
  // Focus given while the page is still loading does not stay: the editor takes it again once loaded.
  if (document.readyState !== 'complete') addEventListener('load', () => editor?.focus(), { once: true });
  // For the benchmark (and anyone profiling): the grid is drawn once the frame after this paints.
  requestAnimationFrame(() => performance.mark('dragoman-grid-ready'));
  loadRest().then(() => {
    // The unit asked for, or the first needing work, may have been among the rows just loaded.
    if (current !== opened || (editor && editor.value !== saved)) return;
    const better = (wanted && byID.get(wanted)) || (needsWork(opened) ? null : rows.find(needsWork));
    if (better && better !== current) open(better);
  });
})();
