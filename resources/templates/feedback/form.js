// The feedback pack's form: keeps what is typed in this browser (localStorage, by pack
// id) so a reload loses nothing, and "Save my feedback" writes the .feedback.json file
// of docs/feedback-file.md with the browser's own download. No request ever leaves the
// page: the Content-Security-Policy forbids it, and nothing here asks for one.
(function () {
  "use strict";
  var pack = JSON.parse(document.getElementById("pack").textContent);
  var settings = JSON.parse(document.getElementById("form-settings").textContent);
  var words = settings.words;
  var form = document.getElementById("feedback-form");
  var status = document.getElementById("form-status");
  var nameField = document.getElementById("giver-name");
  var anonymous = document.getElementById("giver-anonymous");
  var key = "citizen-leadership-feedback-" + pack.pack_id;
  var storage = null;
  try {
    storage = window.localStorage;
    storage.getItem(key);
  } catch (error) {
    storage = null;
  }

  function say(text) {
    status.textContent = "";
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  function newId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) {
      return (b < 16 ? "0" : "") + b.toString(16);
    }).join("");
  }

  function read() {
    if (!storage) { return null; }
    try {
      var kept = JSON.parse(storage.getItem(key) || "null");
      if (kept && typeof kept.id === "string" && /^[0-9a-f]{32}$/.test(kept.id) &&
          kept.values && typeof kept.values === "object") {
        return kept;
      }
    } catch (error) { /* a damaged entry is started afresh */ }
    return null;
  }

  var state = read() || { id: newId(), values: {} };

  function fields() {
    return form.querySelectorAll("input[name], textarea[name], select[name]");
  }

  function collect() {
    var values = {};
    Array.prototype.forEach.call(fields(), function (field) {
      if (field.type === "radio") {
        if (field.checked) { values[field.name] = field.value; }
      } else if (field.type === "checkbox") {
        values[field.name] = field.checked;
      } else {
        values[field.name] = field.value;
      }
    });
    return values;
  }

  function apply(values) {
    Array.prototype.forEach.call(fields(), function (field) {
      if (!Object.prototype.hasOwnProperty.call(values, field.name)) { return; }
      var value = values[field.name];
      if (field.type === "radio") {
        field.checked = field.value === value;
      } else if (field.type === "checkbox") {
        field.checked = value === true;
      } else if (typeof value === "string") {
        field.value = value;
      }
    });
  }

  function followAnonymous() {
    if (!anonymous) { return; }
    nameField.disabled = anonymous.checked;
  }

  function keep() {
    state.values = collect();
    if (!storage) { return; }
    try {
      storage.setItem(key, JSON.stringify(state));
    } catch (error) {
      say(words.not_kept);
    }
  }

  function text(value, most) {
    // Plain text, as typed: no NUL characters, no more than the file allows.
    return String(value || "").replace(/\u0000/g, "").slice(0, most);
  }

  function today() {
    var now = new Date();
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return now.getFullYear() + "-" + two(now.getMonth() + 1) + "-" + two(now.getDate());
  }

  function validDate(value) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) { return false; }
    var parts = value.split("-").map(Number);
    var day = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2]));
    return day.getUTCFullYear() === parts[0] && day.getUTCMonth() === parts[1] - 1 &&
      day.getUTCDate() === parts[2];
  }

  function build(values) {
    var most = settings.most;
    var hidden = pack.allow_anonymous && values["giver.anonymous"] === true;
    var relation = values["giver.relation"];
    if (settings.relations.indexOf(relation) < 0) { relation = pack.relation; }
    var meeting = text(values["overall.next_meeting"], 10).trim();
    return {
      format: pack.format,
      schema_version: pack.schema_version,
      id: state.id,
      pack_id: pack.pack_id,
      reflection_id: pack.reflection_id,
      given_on: today(),
      language: pack.language,
      giver: {
        relation: relation,
        name: hidden ? "" : text(values["giver.name"], most.name).trim(),
        anonymous: hidden
      },
      competences: pack.competences.map(function (item, row) {
        var level = values["c." + row + ".level"] || "";
        var notSeen = level === "not_seen";
        return {
          competence_id: item.competence_id,
          seen: text(values["c." + row + ".seen"], most.text),
          level: !notSeen && /^[1-5]$/.test(level) ? Number(level) : null,
          not_seen: notSeen
        };
      }),
      goals: pack.goals.map(function (item, row) {
        return {
          goal_id: item.goal_id,
          comment: text(values["g." + row + ".comment"], most.text),
          next_step: text(values["g." + row + ".next_step"], most.step),
          support: text(values["g." + row + ".support"], most.text)
        };
      }),
      overall: {
        strengths: text(values["overall.strengths"], most.text),
        focus: text(values["overall.focus"], most.text),
        next_steps: text(values["overall.next_steps"], most.text),
        next_meeting: meeting
      }
    };
  }

  function fileName(feedback) {
    var who = feedback.giver.anonymous ? "" : feedback.giver.name;
    var part = who.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40).replace(/-+$/, "");
    return "feedback-" + (part || feedback.giver.relation) + "-" + feedback.given_on +
      ".feedback.json";
  }

  function save(event) {
    event.preventDefault();
    keep();
    var values = state.values;
    var meeting = (values["overall.next_meeting"] || "").trim();
    var meetingField = document.getElementById("overall-meeting");
    if (meeting && !validDate(meeting)) {
      meetingField.setAttribute("aria-invalid", "true");
      say(words.bad_date);
      meetingField.focus();
      return;
    }
    meetingField.removeAttribute("aria-invalid");
    var feedback = build(values);
    var body = JSON.stringify(feedback, null, 2) + "\n";
    if (new TextEncoder().encode(body).length > settings.max_bytes) {
      say(words.too_long);
      return;
    }
    var name = fileName(feedback);
    var url = URL.createObjectURL(new Blob([body], { type: "application/json" }));
    var link = document.createElement("a");
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    say(words.saved.replace("{file}", name));
  }

  function forget() {
    if (!window.confirm(words.forget_question)) { return; }
    if (storage) { storage.removeItem(key); }
    form.reset();
    state = { id: newId(), values: {} };
    followAnonymous();
    say(words.forgotten);
  }

  if (Object.keys(state.values).length) {
    apply(state.values);
    say(words.restored);
  } else if (!storage) {
    say(words.not_kept);
  }
  followAnonymous();
  form.addEventListener("input", keep);
  form.addEventListener("change", function (event) {
    if (event.target === anonymous) { followAnonymous(); }
    keep();
  });
  form.addEventListener("submit", save);
  document.getElementById("forget-feedback").addEventListener("click", forget);
}());
