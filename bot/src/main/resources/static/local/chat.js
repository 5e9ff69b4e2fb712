// Part of the local chat page (plain JavaScript modules, no build step). Everything from the server is
// inserted with textContent, never parsed as HTML, so nothing typed or stored can become markup.

import { appendReasons, el, heading, list } from './dom.js';
import { identity, postJson, who } from './api.js';
import { control, readInputs, showRefusal } from './forms.js';

var messages = document.getElementById('messages');
var sendForm = document.getElementById('send-form');
var input = document.getElementById('message');
var transcriptForm = document.getElementById('transcript-form');
var transcriptOut = document.getElementById('transcript');
var busy = false;
var afterTurn = function () { return null; };

// What to do after each turn of the conversation (the page refreshes the inbox and panel channel).
export function onTurn(then) { afterTurn = then; }

// Send to the Chair is the conversation's only primary button (the server marks it); every other one is secondary.
function button(choice) {
  var secondary = !choice.primary;
  var b = el('button', 'govuk-button' + (secondary ? ' govuk-button--secondary' : ''), choice.label);
  b.type = 'button';
  b.setAttribute('data-module', 'govuk-button');
  b.addEventListener('click', function () { send({ button: choice.payload }, choice.label); });
  return b;
}

function buttons(parent, choices) {
  if (!choices || choices.length === 0) { return; }
  var group = el('div', 'govuk-button-group');
  choices.forEach(function (c) { group.appendChild(button(c)); });
  parent.appendChild(group);
}

function summaryList(facts) {
  var dl = el('dl', 'govuk-summary-list');
  (facts || []).forEach(function (fact) {
    var row = el('div', 'govuk-summary-list__row');
    row.appendChild(el('dt', 'govuk-summary-list__key', fact.label));
    row.appendChild(el('dd', 'govuk-summary-list__value', fact.value));
    if (fact.change) {
      var actions = el('dd', 'govuk-summary-list__actions');
      var b = button(fact.change);
      b.classList.add('govuk-!-margin-bottom-0');
      var hidden = el('span', 'govuk-visually-hidden', ' ' + fact.label);
      b.appendChild(hidden);
      actions.appendChild(b);
      row.appendChild(actions);
    } else {
      row.classList.add('govuk-summary-list__row--no-actions');
    }
    dl.appendChild(row);
  });
  return dl;
}

function item(kind) {
  var li = el('li', 'app-message app-message--' + kind);
  messages.appendChild(li);
  return li;
}

function showYou(text) {
  var li = item('you');
  li.appendChild(el('p', 'govuk-body app-message__who', 'You'));
  li.appendChild(el('p', 'govuk-body app-message__text', text));
}

function showSay(reply) {
  var li = item('say');
  li.appendChild(el('p', 'govuk-body app-message__who', 'Assistant'));
  li.appendChild(el('p', 'govuk-body app-message__text', reply.text));
  buttons(li, reply.choices);
  return null;
}

function showAsk(reply) {
  var li = item('ask');
  var h = heading(3, 'govuk-heading-s', 'Question ' + reply.number);
  li.appendChild(h);
  li.appendChild(el('p', 'govuk-body govuk-!-font-weight-bold app-message__text', reply.text));
  if (reply.hint) { li.appendChild(el('p', 'govuk-hint', reply.hint)); }
  if (reply.currentAnswer) { li.appendChild(el('p', 'govuk-body', 'Your answer now: ' + reply.currentAnswer)); }
  buttons(li, reply.choices);
  buttons(li, reply.commands);
  return h;
}

function showSummary(reply) {
  var li = item('summary');
  // A summary is the answers so far, a case's status or the list of cases: its own title is its heading.
  var h = heading(3, 'govuk-heading-s', reply.title);
  li.appendChild(h);
  li.appendChild(summaryList(reply.facts));
  if (reply.page) {
    var p = el('p', 'govuk-body');
    var a = el('a', 'govuk-link', reply.page.label);
    a.href = reply.page.url;
    p.appendChild(a);
    li.appendChild(p);
  }
  buttons(li, reply.actions);
  return h;
}

function showRecommendation(reply) {
  var rec = reply.recommendation;
  var li = item('recommendation');
  var card = el('div', 'app-card');
  li.appendChild(card);
  card.appendChild(el('span', 'govuk-caption-m', 'Recommendation'));
  var h = heading(3, 'govuk-heading-l', rec.outcome.label);
  card.appendChild(h);
  if (rec.fallbackLine) { card.appendChild(el('p', 'govuk-body', rec.fallbackLine)); }
  (rec.additionalLines || []).forEach(function (line) { card.appendChild(el('p', 'govuk-body', line)); });
  card.appendChild(el('h4', 'govuk-heading-s', 'The case'));
  card.appendChild(summaryList(reply.caseFacts));
  appendReasons(card, rec);
  if (rec.methodologies && rec.methodologies.length) {
    card.appendChild(el('h4', 'govuk-heading-s', 'Methodologies the framework names'));
    card.appendChild(list(rec.methodologies.map(function (m) { return m.name + ': \u201C' + m.line + '\u201D'; })));
  }
  card.appendChild(el('h4', 'govuk-heading-s', 'What happens next'));
  card.appendChild(list(rec.nextSteps || []));
  if (reply.answers && reply.answers.length) {
    card.appendChild(el('h4', 'govuk-heading-s', 'Answers'));
    card.appendChild(summaryList(reply.answers));
  }
  card.appendChild(el('p', 'govuk-body-s', 'Rule pack ' + rec.rulePack.id + ' ' + rec.rulePack.version + '.'));
  card.appendChild(el('p', 'govuk-body govuk-!-font-weight-bold', rec.advice));
  buttons(card, reply.actions);
  return h;
}

// A step's field as one of forms.js's controls: dates and web addresses are typed inputs, text a text box, a line
// and a person (their platform id) one line, one choice radios and several tick boxes.
function stepControl(prefix, field, value) {
  var kind = field.type === 'text' ? 'multiline' : stepKind(field);
  // A step's options come as { code, label } (as the case API gives them); forms.js's controls take { value, label }.
  var options = (field.options || []).map(function (option) { return { value: option.code, label: option.label }; });
  var group = control(prefix, { id: field.id, label: field.label + (field.required ? '' : ' (optional)'),
    hint: field.hint, kind: kind, options: options });
  var input = group.querySelector('#' + prefix + '-' + field.id);
  if (field.type === 'date') { input.type = 'date'; input.classList.add('govuk-input--width-10'); }
  if (field.type === 'url') { input.type = 'url'; }
  if (value !== undefined && value !== null && input.type !== 'radio' && input.type !== 'checkbox') {
    input.value = value;
  }
  if ((field.type === 'choice' || field.type === 'choices') && value) {
    var chosen = field.type === 'choices' ? String(value).split(',').map(function (one) { return one.trim(); })
      : [String(value)];
    Array.prototype.forEach.call(group.querySelectorAll('input'), function (box) {
      box.checked = chosen.indexOf(box.value) >= 0;
    });
  }
  return group;
}

// How forms.js reads a step's field back.
function stepKind(field) {
  return field.type === 'choice' || field.type === 'choices' ? field.type
    : field.type === 'boolean' ? 'checkbox' : 'text';
}

var stepForms = 0;

// A case step's form (the server's StepForm): any step, rendered from its typed fields alone. Submitted to the case
// service with the same checks as Teams, Slack and the API; a refusal comes back beside the field it is about.
function showForm(reply) {
  var spec = reply.form;
  var li = item('form');
  var h = heading(3, 'govuk-heading-s', spec.title);
  li.appendChild(h);
  (spec.intro || []).forEach(function (line) { li.appendChild(el('p', 'govuk-body', line)); });
  if (spec.copyable) {
    var pre = el('pre', 'govuk-inset-text app-copyable', spec.copyable);
    pre.setAttribute('tabindex', '0');
    li.appendChild(pre);
  }
  var prefix = 'step' + (++stepForms);
  var form = el('form', 'app-step-form');
  form.noValidate = true;
  var fields = spec.fields.map(function (field) {
    form.appendChild(stepControl(prefix, field, (spec.values || {})[field.id]));
    return { id: field.id, kind: stepKind(field) };
  });
  var submit = el('button', 'govuk-button', spec.submit.label);
  submit.type = 'submit';
  form.appendChild(submit);
  var outcome = el('p', 'govuk-body');
  outcome.setAttribute('role', 'status');
  li.appendChild(form);
  li.appendChild(outcome);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    submit.disabled = true;
    postJson('/local/api/case-action', { as: who(), payload: spec.submit.payload, from: 'inbox',
      inputs: readInputs(form, prefix, fields) }).then(function (result) {
      var json = result.json;
      if (result.ok && json.applied) {
        form.remove();
        outcome.textContent = json.message;
        outcome.classList.add('govuk-!-font-weight-bold');
        afterTurn();
      } else {
        showRefusal(form, prefix, json.message || 'Sorry, that did not work.', json.input);
        submit.disabled = false;
      }
    }).catch(function () {
      showRefusal(form, prefix, 'Sorry, the assistant could not be reached. Please try again.', null);
      submit.disabled = false;
    });
  });
  return h;
}

function show(reply) {
  switch (reply.kind) {
    case 'ask': return showAsk(reply);
    case 'summary': return showSummary(reply);
    case 'recommendation': return showRecommendation(reply);
    case 'form': return showForm(reply);
    default: return showSay(reply);
  }
}

function showError(text) {
  var li = item('say');
  li.appendChild(el('p', 'govuk-body app-message__who', 'Assistant'));
  li.appendChild(el('p', 'govuk-error-message', text));
}

function send(body, shownAs) {
  if (busy) { return; }
  busy = true;
  body.as = who();
  showYou(shownAs);
  fetch('/local/api/turn', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
    body: JSON.stringify(body)
  }).then(function (response) {
    return response.json().then(function (json) { return { ok: response.ok, json: json }; });
  }).then(function (result) {
    if (!result.ok) { showError(result.json.message || 'Sorry, that did not work.'); return; }
    var focus = null;
    result.json.replies.forEach(function (reply) {
      var h = show(reply);
      if (h) { focus = h; }
    });
    if (focus) { focus.focus(); } else { input.focus(); }
    afterTurn();
  }).catch(function () {
    showError('Sorry, the assistant could not be reached. Please try again.');
  }).then(function () { busy = false; });
}

// The server gives the Start button; without it (the server not reached) the page says to type start.
function startPrompt(start) {
  showSay(start ? { text: 'To begin a referral, press Start or type start.', choices: [start] }
    : { text: 'To begin a referral, type start.', choices: [] });
}

// An earlier reply as stored: its buttons were a last line "[Yes | No | Not sure]"; they are gone now.
function withoutButtons(text) {
  return text.split('\n').filter(function (line) { return !/^\[.*\]$/.test(line.trim()); }).join('\n').trim();
}

function loadHistory() {
  messages.textContent = '';
  fetch('/local/api/transcript?as=' + encodeURIComponent(who()), { headers: { 'Accept': 'application/json' } })
    .then(function (r) { return r.json(); })
    .then(function (json) {
      var entries = json.entries || [];
      var current = json.current || [];
      // The last turn's replies that are shown live below (the question being asked) are not shown twice.
      var live = current.map(function (reply) { return reply.plainText; });
      var lastInbound = -1;
      entries.forEach(function (entry, i) { if (entry.direction === 'inbound') { lastInbound = i; } });
      entries.forEach(function (entry, i) {
        if (entry.direction === 'outbound' && i > lastInbound && live.indexOf(entry.text) >= 0) { return; }
        if (entry.direction === 'inbound') {
          showYou(entry.kind === 'button' ? (entry.label || 'Pressed a button') : entry.text);
        } else {
          var li = item('say');
          li.appendChild(el('p', 'govuk-body app-message__who', 'Assistant (earlier)'));
          li.appendChild(el('p', 'govuk-body app-message__text', withoutButtons(entry.text)));
        }
      });
      // Where the conversation is now, with its live buttons: the question to answer, the recommendation.
      current.forEach(show);
      if (entries.length === 0 && current.length === 0) { startPrompt(json.start); }
    }).catch(function () { startPrompt(null); });
}

export function loadIdentities() {
  fetch('/local/api/identities', { headers: { 'Accept': 'application/json' } })
    .then(function (r) { return r.json(); })
    .then(function (identities) {
      identity.textContent = '';
      identities.forEach(function (i) { identity.appendChild(new Option(i.name, i.id)); });
      loadHistory();
    }).catch(loadHistory);
}

sendForm.addEventListener('submit', function (event) {
  event.preventDefault();
  var text = input.value;
  if (!text.trim()) { input.focus(); return; }
  input.value = '';
  send({ text: text }, text);
});

identity.addEventListener('change', loadHistory);

transcriptForm.addEventListener('submit', function (event) {
  event.preventDefault();
  var reference = document.getElementById('case-reference').value.trim();
  if (!reference) { return; }
  fetch('/api/cases/' + encodeURIComponent(reference) + '/transcript?format=text&as=' + encodeURIComponent(who()))
    .then(function (r) {
      var type = r.headers.get('Content-Type') || '';
      return type.indexOf('json') >= 0
        ? r.json().then(function (j) { return j.message || 'Sorry, that did not work.'; })
        : r.text();
    })
    .then(function (text) { transcriptOut.textContent = text; transcriptOut.focus(); })
    .catch(function () { transcriptOut.textContent = 'Sorry, the transcript could not be read.'; });
});
