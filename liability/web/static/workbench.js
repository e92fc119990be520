// The workbench's only script: it keeps the incident in the browser's storage and asks the server
// (the same engine as the CLI) for the next question and for the decision. No library, no network
// beyond this server.
(function () {
  "use strict";
  const KEY = "liability.workbench.v1";
  const lang = window.LIABILITY.lang;
  const W = window.LIABILITY.words;
  const $ = (id) => document.getElementById(id);
  let state = load();
  let lastYaml = "";

  function load() {
    try { return Object.assign({answers: [], incident: null, set: {}}, JSON.parse(localStorage.getItem(KEY) || "{}")); }
    catch (e) { return {answers: [], incident: null, set: {}}; }
  }
  function save() { localStorage.setItem(KEY, JSON.stringify(state)); }

  async function post(url, body) {
    const r = await fetch(url, {method: "POST", headers: {"content-type": "application/json", "accept": "application/json"}, body: JSON.stringify(body)});
    const data = await r.json().catch(() => ({errors: [r.statusText]}));
    if (!r.ok) { throw Object.assign(new Error("request failed"), {errors: data.errors || [String(r.status)]}); }
    return data;
  }
  function showErrors(e) { $("errors").textContent = (e && e.errors ? e.errors : [String(e)]).join("\n"); }
  function clearErrors() { $("errors").textContent = ""; }

  // ------------------------------------------------------------------ the interview
  async function step(keep) {
    clearErrors();
    let r;
    try { r = await post("/workbench/interview?lang=" + lang, {answers: state.answers, keep: !!keep, earlier: state.earlier || []}); } catch (e) { showErrors(e); return; }
    state.answers = r.answers;
    state.earlier = r.earlier;
    listAnswers();
    if (r.done) {
      state.incident = r.incident; save();
      $("interview").hidden = true;
      await decide();
      return;
    }
    save();
    ask(r.question);
  }

  function ask(q) {
    $("interview").hidden = false;
    const said = $("said");
    said.textContent = "";
    for (const line of q.said) {
      if (line.startsWith("新建事故文件") || line.startsWith("new incident file")) continue;  // the terminal's greeting: the page has its own
      const p = document.createElement("p"); p.textContent = line; said.appendChild(p);
    }
    $("answer-label").textContent = q.text;
    $("problem").textContent = q.problem ? "✗ " + q.problem : "";
    const box = $("answer-box"); box.textContent = "";
    let input;
    if (q.kind === "one" && q.options.length) {
      input = document.createElement("select");
      for (const o of q.options) {
        const opt = document.createElement("option"); opt.value = o; opt.textContent = o === "-" ? W.none : o;
        if (o === q.default) opt.selected = true;
        input.appendChild(opt);
      }
    } else {
      input = document.createElement("input"); input.type = "text"; input.size = 60;
      if (q.default) input.value = q.default;
      if (q.kind === "many") input.placeholder = q.options.join(", ");
      if (q.key === "date") input.type = "date";
    }
    input.id = "answer"; input.dataset.key = q.key;
    box.appendChild(input);
    $("back").disabled = state.answers.length === 0;
    $("stop").hidden = !q.key.startsWith("fact:");
    input.focus();
  }

  $("answer-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const input = $("answer");
    state.answers.push([input.dataset.key, input.value.trim()]);
    step();
  });
  $("back").addEventListener("click", () => { if (state.answers.length) { state.answers.pop(); state.incident = null; save(); step(); } });
  $("stop").addEventListener("click", () => { state.answers.push([$("answer").dataset.key, "stop"]); step(); });

  // The answers so far, each editable: the way to add or remove a party, a thing or an event.
  function listAnswers() {
    const list = $("answers"); list.textContent = "";
    state.answers.forEach(([key, value], i) => {
      const li = document.createElement("li");
      const form = document.createElement("form");
      const label = document.createElement("label"); label.htmlFor = "answer-" + i; label.textContent = key;
      const input = document.createElement("input"); input.id = "answer-" + i; input.value = value; input.size = 40;
      const save = document.createElement("button"); save.type = "submit"; save.textContent = W.save;
      form.append(label, input, save);
      form.addEventListener("submit", (ev) => {
        ev.preventDefault();
        state.answers[i] = [key, input.value.trim()];
        state.incident = null; save_(); $("decision").textContent = "";
        step(true);
      });
      li.appendChild(form); list.appendChild(li);
    });
  }
  function save_() { save(); }

  // ------------------------------------------------------------------ the decision
  async function decide() {
    if (!state.incident) return;
    clearErrors();
    let r;
    const settings = Object.entries(state.set);
    try { r = await post("/workbench/decision?lang=" + lang, {incident: state.incident, set: settings}); }
    catch (e) { showErrors(e); return; }
    $("decision").innerHTML = r.html;
    lastYaml = r.yaml; $("yaml").value = r.yaml;
    $("download").disabled = false; $("report").disabled = false;
    for (const fs of document.querySelectorAll("fieldset.toggle")) {
      fs.addEventListener("change", (ev) => {
        const fact = fs.dataset.fact, value = ev.target.value;
        if (value === "unknown") delete state.set[fact]; else state.set[fact] = value === "true";
        save(); decide();
      });
    }
  }

  // ------------------------------------------------------------------ files and the report
  $("new").addEventListener("click", () => { state = {answers: [], incident: null, set: {}}; save(); $("decision").textContent = ""; $("yaml").value = ""; step(); });
  $("upload").addEventListener("change", async (ev) => {
    const file = ev.target.files[0]; if (!file) return;
    await open(await file.text(), file.name);
    ev.target.value = "";
  });
  $("apply").addEventListener("click", () => open($("yaml").value, "incident.yaml"));
  async function open(text, name) {
    clearErrors();
    try {
      const r = await post("/workbench/load", {text: text, name: name});
      state = {answers: [], incident: r.incident, set: {}}; save();
      $("interview").hidden = true;
      await decide();
    } catch (e) { showErrors(e); }
  }
  $("download").addEventListener("click", () => {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(new Blob([lastYaml], {type: "application/yaml"}));
    a.download = "incident.yaml"; document.body.appendChild(a); a.click(); a.remove();
  });
  $("report").addEventListener("click", async () => {
    const r = await fetch("/workbench/report?lang=" + lang, {method: "POST", headers: {"content-type": "application/json"},
      body: JSON.stringify({incident: state.incident, set: Object.entries(state.set)})});
    const html = await r.text();
    const url = URL.createObjectURL(new Blob([html], {type: "text/html"}));
    window.open(url, "_blank");
  });

  listAnswers();
  if (state.incident) { $("interview").hidden = true; decide(); } else { step(); }
})();
