// The local chat page: plain JavaScript, no build step. Everything from the server is inserted
// with textContent, never parsed as HTML, so nothing typed or stored can become markup.
(function () {
  'use strict';

  var messages = document.getElementById('messages');
  var identity = document.getElementById('identity');
  var sendForm = document.getElementById('send-form');
  var input = document.getElementById('message');
  var transcriptForm = document.getElementById('transcript-form');
  var transcriptOut = document.getElementById('transcript');
  var busy = false;
  var afterTurn = function () { return null; };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function who() { return identity.value || 'practitioner'; }

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

  function heading(level, className, text) {
    var h = el('h' + level, className, text);
    h.setAttribute('tabindex', '-1');
    h.classList.add('app-message__heading');
    return h;
  }

  /** The recommendation's reasons, each with the framework's words, and the answers given as not sure. */
  function appendReasons(parent, rec) {
    parent.appendChild(el('h4', 'govuk-heading-s', 'Why'));
    (rec.reasons || []).forEach(function (reason) {
      parent.appendChild(el('p', 'govuk-body', reason.statement));
      var inset = el('div', 'govuk-inset-text');
      // Quotation marks only for the framework's own words; a Working Together paraphrase is shown as it is.
      inset.appendChild(el('p', 'govuk-body', reason.verbatim ? '\u201C' + reason.quote + '\u201D' : reason.quote));
      inset.appendChild(el('p', 'govuk-body-s', reason.credit));
      parent.appendChild(inset);
    });
    if (rec.uncertain && rec.uncertain.length) {
      parent.appendChild(el('h4', 'govuk-heading-s', 'Answered not sure'));
      parent.appendChild(list(rec.uncertain.map(function (q) { return q.label; })));
    }
  }

  function list(items) {
    var ul = el('ul', 'govuk-list govuk-list--bullet');
    items.forEach(function (text) { ul.appendChild(el('li', null, text)); });
    return ul;
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

  function show(reply) {
    switch (reply.kind) {
      case 'ask': return showAsk(reply);
      case 'summary': return showSummary(reply);
      case 'recommendation': return showRecommendation(reply);
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

  function loadIdentities() {
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

  // ---- Inbox, panel channel and test clock (the case after the recommendation) ---------------------

  var inbox = document.getElementById('inbox');
  var inboxMessage = document.getElementById('inbox-message');
  var panelBoard = document.getElementById('panel-board');
  var panelFeed = document.getElementById('panel');
  var panelMessage = document.getElementById('panel-message');
  var clockSection = document.getElementById('clock-section');
  var clockNow = document.getElementById('clock-now');
  var clockStatus = document.getElementById('clock-status');
  var acting = false;
  var formCount = 0;

  function getJson(url) {
    return fetch(url, { headers: { 'Accept': 'application/json' } }).then(function (r) {
      return r.json().then(function (json) { return { ok: r.ok, status: r.status, json: json }; });
    });
  }

  function postJson(url, body) {
    return fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(body)
    }).then(function (r) {
      return r.json().then(function (json) { return { ok: r.ok, status: r.status, json: json }; });
    });
  }

  // A banner in a live region: success (green) or a plain note; focus goes to it so it is read out.
  function banner(container, text, success) {
    container.textContent = '';
    if (!text) { return; }
    var box = el('div', 'govuk-notification-banner' + (success ? ' govuk-notification-banner--success' : ''));
    box.setAttribute('role', success ? 'alert' : 'region');
    var header = el('div', 'govuk-notification-banner__header');
    header.appendChild(el('h3', 'govuk-notification-banner__title', success ? 'Done' : 'Important'));
    box.appendChild(header);
    var content = el('div', 'govuk-notification-banner__content');
    content.appendChild(el('p', 'govuk-notification-banner__heading', text));
    box.appendChild(content);
    container.appendChild(box);
    container.focus();
  }

  function factsList(facts) {
    var dl = el('dl', 'govuk-summary-list');
    (facts || []).forEach(function (fact) {
      var row = el('div', 'govuk-summary-list__row govuk-summary-list__row--no-actions');
      row.appendChild(el('dt', 'govuk-summary-list__key', fact.label));
      row.appendChild(el('dd', 'govuk-summary-list__value', fact.value));
      dl.appendChild(row);
    });
    return dl;
  }

  function hintFor(id, text) {
    var hint = el('div', 'govuk-hint', text);
    hint.id = id + '-hint';
    return hint;
  }

  // One of the card's inputs as a real form control, wrapped in a form group that can show an error.
  function control(prefix, input) {
    var id = prefix + '-' + input.id;
    var group = el('div', 'govuk-form-group');
    group.setAttribute('data-input', input.id);
    var describedBy = input.hint ? id + '-hint' : '';
    if (input.kind === 'choice') {
      var fieldset = el('fieldset', 'govuk-fieldset');
      var legend = el('legend', 'govuk-fieldset__legend govuk-fieldset__legend--s', input.label);
      fieldset.appendChild(legend);
      if (input.hint) { fieldset.appendChild(hintFor(id, input.hint)); }
      var radios = el('div', 'govuk-radios govuk-radios--small');
      input.options.forEach(function (option, n) {
        var item = el('div', 'govuk-radios__item');
        var radio = el('input', 'govuk-radios__input');
        radio.type = 'radio';
        radio.name = id;
        radio.value = option.value;
        radio.id = n === 0 ? id : id + '-' + n;
        var label = el('label', 'govuk-label govuk-radios__label', option.label);
        label.htmlFor = radio.id;
        item.appendChild(radio);
        item.appendChild(label);
        radios.appendChild(item);
      });
      fieldset.appendChild(radios);
      if (describedBy) { fieldset.setAttribute('aria-describedby', describedBy); }
      group.appendChild(fieldset);
      return group;
    }
    if (input.kind === 'checkbox') {
      var boxes = el('div', 'govuk-checkboxes govuk-checkboxes--small');
      var box = el('div', 'govuk-checkboxes__item');
      var checkbox = el('input', 'govuk-checkboxes__input');
      checkbox.type = 'checkbox';
      checkbox.id = id;
      checkbox.name = id;
      checkbox.value = 'true';
      var checkLabel = el('label', 'govuk-label govuk-checkboxes__label', input.label);
      checkLabel.htmlFor = id;
      box.appendChild(checkbox);
      box.appendChild(checkLabel);
      if (input.hint) {
        var checkHint = hintFor(id, input.hint);
        checkHint.classList.add('govuk-checkboxes__hint');
        box.appendChild(checkHint);
        checkbox.setAttribute('aria-describedby', describedBy);
      }
      boxes.appendChild(box);
      group.appendChild(boxes);
      return group;
    }
    var labelEl = el('label', 'govuk-label govuk-label--s', input.label);
    labelEl.htmlFor = id;
    group.appendChild(labelEl);
    if (input.hint) { group.appendChild(hintFor(id, input.hint)); }
    var field;
    if (input.kind === 'multiline') {
      field = el('textarea', 'govuk-textarea');
      field.rows = 3;
    } else {
      field = el('input', 'govuk-input');
      field.type = 'text';
      field.autocomplete = 'off';
    }
    field.id = id;
    field.name = id;
    field.maxLength = 4000;
    if (describedBy) { field.setAttribute('aria-describedby', describedBy); }
    group.appendChild(field);
    return group;
  }

  function readInputs(form, prefix, inputs) {
    var values = {};
    inputs.forEach(function (input) {
      var id = prefix + '-' + input.id;
      if (input.kind === 'choice') {
        var chosen = form.querySelector('input[name="' + id + '"]:checked');
        if (chosen) { values[input.id] = chosen.value; }
      } else if (input.kind === 'checkbox') {
        if (document.getElementById(id).checked) { values[input.id] = true; }
      } else {
        var value = document.getElementById(id).value;
        if (value.trim()) { values[input.id] = value; }
      }
    });
    return values;
  }

  function clearErrors(form) {
    var summary = form.querySelector('.govuk-error-summary');
    if (summary) { summary.remove(); }
    Array.prototype.forEach.call(form.querySelectorAll('.govuk-form-group--error'), function (group) {
      group.classList.remove('govuk-form-group--error');
      var message = group.querySelector('.govuk-error-message');
      if (message) { message.remove(); }
      Array.prototype.forEach.call(group.querySelectorAll('[data-error-for]'), function (node) {
        node.classList.remove('govuk-input--error', 'govuk-textarea--error');
        node.setAttribute('aria-describedby', node.getAttribute('data-error-for'));
        if (!node.getAttribute('aria-describedby')) { node.removeAttribute('aria-describedby'); }
        node.removeAttribute('data-error-for');
      });
    });
  }

  // A refusal: an error summary at the top of the form, and the message beside the input it is about.
  function showRefusal(form, prefix, message, inputId) {
    clearErrors(form);
    var summary = el('div', 'govuk-error-summary');
    summary.setAttribute('tabindex', '-1');
    var alert = el('div');
    alert.setAttribute('role', 'alert');
    alert.appendChild(el('h4', 'govuk-error-summary__title', 'There is a problem'));
    var body = el('div', 'govuk-error-summary__body');
    var list = el('ul', 'govuk-list govuk-error-summary__list');
    var li = el('li');
    var group = inputId ? form.querySelector('[data-input="' + inputId + '"]') : null;
    if (group) {
      var link = el('a', null, message);
      link.href = '#' + prefix + '-' + inputId;
      link.addEventListener('click', function (event) {
        event.preventDefault();
        var target = document.getElementById(prefix + '-' + inputId);
        if (target) { target.focus(); }
      });
      li.appendChild(link);
      group.classList.add('govuk-form-group--error');
      var errorId = prefix + '-' + inputId + '-error';
      var error = el('p', 'govuk-error-message');
      error.id = errorId;
      error.appendChild(el('span', 'govuk-visually-hidden', 'Error: '));
      error.appendChild(document.createTextNode(message));
      var anchor = group.querySelector('.govuk-radios, .govuk-checkboxes, .govuk-input, .govuk-textarea');
      anchor.parentNode.insertBefore(error, anchor);
      var field = group.querySelector('.govuk-input, .govuk-textarea, .govuk-fieldset, .govuk-checkboxes__input');
      if (field) {
        field.setAttribute('data-error-for', field.getAttribute('aria-describedby') || '');
        field.setAttribute('aria-describedby', ((field.getAttribute('aria-describedby') || '') + ' ' + errorId).trim());
        if (field.classList.contains('govuk-input')) { field.classList.add('govuk-input--error'); }
        if (field.classList.contains('govuk-textarea')) { field.classList.add('govuk-textarea--error'); }
      }
    } else {
      li.textContent = message;
    }
    list.appendChild(li);
    body.appendChild(list);
    alert.appendChild(body);
    summary.appendChild(alert);
    form.insertBefore(summary, form.firstChild);
    summary.focus();
  }

  function caseAction(body, onRefused, messageBox) {
    if (acting) { return; }
    acting = true;
    body.as = who();
    postJson('/local/api/case-action', body).then(function (result) {
      if (!result.ok) {
        onRefused(result.json.message || 'Sorry, that did not work.', null);
        return null;
      }
      if (!result.json.applied && result.json.done) {
        // Pressed on a copy whose deadline was done elsewhere: show what every copy now shows.
        return refreshCases().then(function () { banner(messageBox, result.json.done, false); });
      }
      if (!result.json.applied) {
        onRefused(result.json.message, result.json.input);
        return null;
      }
      return refreshCases().then(function () { banner(messageBox, result.json.message, true); });
    }).catch(function () {
      onRefused('Sorry, the assistant could not be reached. Please try again.', null);
    }).then(function () { acting = false; });
  }

  // The outcome chosen in the card's list, else the recommendation (what Confirm decides), if it can be decided.
  function chosenOutcome(form, prefix, card) {
    var chosen = form.querySelector('input[name="' + prefix + '-outcome"]:checked');
    if (chosen) { return chosen.value; }
    var recommended = card.recommendation.outcome.code;
    return card.needs && card.needs[recommended] ? recommended : null;
  }

  // Only the inputs the chosen outcome needs are shown; the outcome list and the request for more information stay.
  function showNeeded(form, prefix, card) {
    if (!card.needs) { return; }
    var outcome = chosenOutcome(form, prefix, card);
    var needed = outcome ? card.needs[outcome] : [];
    Array.prototype.forEach.call(form.querySelectorAll('[data-input]'), function (group) {
      var id = group.getAttribute('data-input');
      var decides = Object.keys(card.needs).some(function (code) { return card.needs[code].indexOf(id) >= 0; });
      group.hidden = decides && needed.indexOf(id) < 0;
    });
  }

  function shownInputs(form, card) {
    return card.inputs.filter(function (input) {
      var group = form.querySelector('[data-input="' + input.id + '"]');
      return group && !group.hidden;
    });
  }

  function decisionCard(card, n) {
    var prefix = 'card' + n;
    var article = el('article', 'app-card app-decision');
    article.setAttribute('aria-labelledby', prefix + '-title');
    var title = el('h3', 'govuk-heading-m', card.title);
    title.id = prefix + '-title';
    article.appendChild(title);
    if (card.decided) { article.appendChild(el('p', 'govuk-body app-decided', card.decided)); }
    article.appendChild(factsList(card.facts));

    var rec = card.recommendation;
    article.appendChild(el('h4', 'govuk-heading-s', rec.headline));
    if (rec.fallbackLine) { article.appendChild(el('p', 'govuk-body', rec.fallbackLine)); }
    (rec.additionalLines || []).forEach(function (line) { article.appendChild(el('p', 'govuk-body', line)); });
    // The reasons and answers are collapsed, so that the decision form stays near the top of the card.
    var details = el('details', 'govuk-details app-decision__details');
    var detailsSummary = el('summary', 'govuk-details__summary');
    detailsSummary.appendChild(el('span', 'govuk-details__summary-text', 'Show details: why, and the answers'));
    details.appendChild(detailsSummary);
    var detailsText = el('div', 'govuk-details__text');
    appendReasons(detailsText, rec);
    if (rec.openQuestions && rec.openQuestions.length) {
      detailsText.appendChild(el('h4', 'govuk-heading-s', 'What the Chair needs to settle'));
      detailsText.appendChild(list(rec.openQuestions.map(function (q) { return q.label; })));
    }
    detailsText.appendChild(el('h4', 'govuk-heading-s', 'Answers given by the referrer'));
    detailsText.appendChild(factsList(card.answers));
    details.appendChild(detailsText);
    article.appendChild(details);
    article.appendChild(el('p', 'govuk-body-s', 'Rule pack ' + rec.rulePack.id + ' ' + rec.rulePack.version + '. '
      + rec.advice));

    if (card.actions && card.actions.length) {
      var form = el('form', 'app-decision__form');
      form.noValidate = true;
      form.setAttribute('aria-labelledby', prefix + '-decide');
      var formHeading = el('h4', 'govuk-heading-s', 'Your decision');
      formHeading.id = prefix + '-decide';
      form.appendChild(formHeading);
      card.inputs.forEach(function (input) { form.appendChild(control(prefix, input)); });
      showNeeded(form, prefix, card);
      form.addEventListener('change', function (event) {
        if (event.target.name === prefix + '-outcome') { showNeeded(form, prefix, card); }
      });
      var group = el('div', 'govuk-button-group');
      card.actions.forEach(function (action, i) {
        var b = el('button', 'govuk-button' + (i === 0 ? '' : ' govuk-button--secondary'), action.label);
        b.type = 'button';
        b.addEventListener('click', function () {
          caseAction({ payload: action.payload, inputs: readInputs(form, prefix, shownInputs(form, card)),
            from: 'inbox' },
            function (message, inputId) { showRefusal(form, prefix, message, inputId); }, inboxMessage);
        });
        group.appendChild(b);
        // The decide button's label follows the outcome chosen in the list.
        if (action.choosesOutcome) {
          form.addEventListener('change', function (event) {
            if (event.target.name === prefix + '-outcome' && event.target.checked) {
              var chosen = form.querySelector('label[for="' + event.target.id + '"]');
              b.textContent = 'Decide: ' + (chosen ? chosen.textContent : event.target.value);
            }
          });
        }
      });
      form.appendChild(group);
      form.addEventListener('submit', function (event) { event.preventDefault(); });
      article.appendChild(form);
    }
    return article;
  }

  // A notification: in the panel channel (from: panel) or in an inbox (from: inbox).
  function post(item, from, board, messageBox) {
    var reminder = /^(Reminder|Overdue)/.test(item.title);
    var li = el('li', 'app-post' + (reminder ? ' app-post--reminder' : ''));
    li.appendChild(el('p', 'govuk-body-s app-post__when', item.when));
    li.appendChild(el('h4', 'govuk-heading-s', item.title));
    li.appendChild(el('p', 'govuk-body', item.text));
    li.appendChild(factsList(item.facts));
    if (item.done) {
      var done = el('p', 'govuk-body app-done');
      done.appendChild(el('span', null, '\u2713 '));
      done.firstChild.setAttribute('aria-hidden', 'true');
      done.appendChild(document.createTextNode(item.done));
      li.appendChild(done);
    }
    if (item.actions && item.actions.length) {
      var group = el('div', 'govuk-button-group');
      var error = el('p', 'govuk-error-message');
      error.setAttribute('role', 'alert');
      error.hidden = true;
      var forms = [];
      item.actions.forEach(function (action) {
        var b = el('button', 'govuk-button govuk-button--secondary', action.label);
        b.type = 'button';
        b.appendChild(el('span', 'govuk-visually-hidden', ': ' + item.title));
        if (action.form) {
          var textForm = postForm(action, item, from, board, messageBox);
          forms.push(textForm);
          b.setAttribute('aria-expanded', 'false');
          b.addEventListener('click', function () {
            textForm.hidden = !textForm.hidden;
            b.setAttribute('aria-expanded', String(!textForm.hidden));
            if (!textForm.hidden) { textForm.querySelector('textarea').focus(); }
          });
          group.appendChild(b);
          return;
        }
        b.addEventListener('click', function () {
          var body = { payload: action.payload, inputs: {}, from: from };
          if (board) { body.board = board; }
          caseAction(body, function (message) {
            error.textContent = '';
            error.appendChild(el('span', 'govuk-visually-hidden', 'Error: '));
            error.appendChild(document.createTextNode(message));
            error.hidden = false;
            b.focus();
          }, messageBox);
        });
        group.appendChild(b);
      });
      li.appendChild(error);
      li.appendChild(group);
      forms.forEach(function (f) { li.appendChild(f); });
    }
    return li;
  }

  // The form of a button that asks for text first (the reason for a delay, the answer to the Chair).
  function postForm(action, item, from, board, messageBox) {
    var spec = action.form;
    var prefix = 'form' + (++formCount);
    var form = el('form', 'app-post-form');
    form.hidden = true;
    form.noValidate = true;
    form.setAttribute('aria-label', spec.title + ': ' + item.title);
    var group = el('div', 'govuk-form-group');
    group.setAttribute('data-input', spec.input);
    var label = el('label', 'govuk-label', spec.label);
    label.htmlFor = prefix + '-' + spec.input;
    group.appendChild(label);
    var hint = el('div', 'govuk-hint', spec.hint);
    hint.id = prefix + '-' + spec.input + '-hint';
    group.appendChild(hint);
    var box = el('textarea', 'govuk-textarea');
    box.id = prefix + '-' + spec.input;
    box.name = spec.input;
    box.rows = 3;
    box.maxLength = spec.maxLength;
    box.setAttribute('aria-describedby', hint.id);
    group.appendChild(box);
    form.appendChild(group);
    var submit = el('button', 'govuk-button', spec.submit);
    submit.type = 'submit';
    form.appendChild(submit);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var inputs = {};
      inputs[spec.input] = box.value;
      var body = { payload: action.payload, inputs: inputs, from: from };
      if (board) { body.board = board; }
      caseAction(body, function (message, inputId) {
        showRefusal(form, prefix, message, inputId || spec.input);
      }, messageBox);
    });
    return form;
  }

  function loadInbox() {
    return getJson('/local/api/inbox?as=' + encodeURIComponent(who())).then(function (result) {
      inbox.textContent = '';
      if (!result.ok) { inbox.appendChild(el('p', 'govuk-body', result.json.message)); return; }
      var json = result.json;
      if (json.cards.length === 0 && json.messages.length === 0) {
        inbox.appendChild(el('p', 'govuk-body', 'Nothing for you yet.'));
        return;
      }
      if (json.cards.length) {
        inbox.appendChild(el('h3', 'govuk-heading-s', 'Decision cards (' + json.cards.length + ')'));
        json.cards.forEach(function (card, n) { inbox.appendChild(decisionCard(card, n)); });
      }
      if (json.messages.length) {
        inbox.appendChild(el('h3', 'govuk-heading-s', 'Messages (' + json.messages.length + '), newest first'));
        var feed = el('ol', 'app-feed');
        json.messages.forEach(function (m) { feed.appendChild(post(m, 'inbox', null, inboxMessage)); });
        inbox.appendChild(feed);
      }
    });
  }

  function loadPanel() {
    var board = panelBoard.value;
    if (!board) { return Promise.resolve(); }
    return getJson('/local/api/panel?board=' + encodeURIComponent(board)).then(function (result) {
      panelFeed.textContent = '';
      if (!result.ok) { panelFeed.appendChild(el('li', 'govuk-body', result.json.message)); return; }
      var posts = result.json.posts.slice().reverse();
      if (posts.length === 0) {
        panelFeed.appendChild(el('li', 'govuk-body', 'Nothing has been posted in the ' + result.json.boardName
          + ' panel channel yet.'));
      }
      posts.forEach(function (p) { panelFeed.appendChild(post(p, 'panel', board, panelMessage)); });
    });
  }

  function refreshCases() {
    return Promise.all([loadInbox(), loadPanel()]).catch(function () {
      inbox.textContent = '';
      inbox.appendChild(el('p', 'govuk-body', 'Sorry, the inbox could not be read.'));
    });
  }

  function showClock(json) {
    clockNow.textContent = json.today + ' (' + json.zone + ')'
      + (json.aheadByDays > 0 ? ', ' + json.aheadByDays + ' days ahead of the real date' : '');
  }

  function loadClock() {
    getJson('/local/api/clock').then(function (result) {
      if (!result.ok) { clockSection.hidden = true; return; }
      clockSection.hidden = false;
      showClock(result.json);
    }).catch(function () { clockSection.hidden = true; });
  }

  Array.prototype.forEach.call(clockSection.querySelectorAll('button[data-days]'), function (b) {
    b.addEventListener('click', function () {
      var days = parseInt(b.getAttribute('data-days'), 10);
      clockStatus.textContent = 'Moving the clock forward\u2026';
      postJson('/local/api/clock', { advanceDays: days }).then(function (result) {
        if (!result.ok) { clockStatus.textContent = result.json.message; return null; }
        showClock(result.json);
        return refreshCases().then(function () {
          clockStatus.textContent = 'Moved forward ' + days + (days === 1 ? ' day' : ' days') + ': it is now '
            + result.json.today + '. Any reminders that fell due are in the panel channel.';
        });
      }).catch(function () { clockStatus.textContent = 'Sorry, the test clock could not be reached.'; });
    });
  });

  function loadBoards() {
    return getJson('/local/api/panel').then(function (result) {
      var boards = result.ok ? result.json.boards : [];
      panelBoard.textContent = '';
      boards.forEach(function (b) { panelBoard.appendChild(new Option(b.name, b.id)); });
    });
  }

  panelBoard.addEventListener('change', function () { panelMessage.textContent = ''; loadPanel(); });
  identity.addEventListener('change', function () {
    inboxMessage.textContent = '';
    panelMessage.textContent = '';
    refreshCases();
  });
  document.getElementById('inbox-refresh').addEventListener('click', function () {
    inboxMessage.textContent = '';
    panelMessage.textContent = '';
    refreshCases();
  });
  afterTurn = refreshCases;

  loadBoards().then(refreshCases).catch(refreshCases);
  loadClock();

  loadIdentities();
}());
