// Part of the local chat page (plain JavaScript modules, no build step). Everything from the server is
// inserted with textContent, never parsed as HTML, so nothing typed or stored can become markup.

import { el } from './dom.js';

function hintFor(id, text) {
  var hint = el('div', 'govuk-hint', text);
  hint.id = id + '-hint';
  return hint;
}

// One of the card's inputs as a real form control, wrapped in a form group that can show an error.
export function control(prefix, input) {
  var id = prefix + '-' + input.id;
  var group = el('div', 'govuk-form-group');
  group.setAttribute('data-input', input.id);
  var describedBy = input.hint ? id + '-hint' : '';
  if (input.kind === 'choice' || input.kind === 'choices') {
    // One choice is a set of radios; several, of tick boxes (GOV.UK's checkboxes), sent separated by commas.
    var several = input.kind === 'choices';
    var css = several ? 'govuk-checkboxes' : 'govuk-radios';
    var fieldset = el('fieldset', 'govuk-fieldset');
    var legend = el('legend', 'govuk-fieldset__legend govuk-fieldset__legend--s', input.label);
    fieldset.appendChild(legend);
    if (input.hint) { fieldset.appendChild(hintFor(id, input.hint)); }
    var radios = el('div', css + ' ' + css + '--small');
    input.options.forEach(function (option, n) {
      var item = el('div', css + '__item');
      var radio = el('input', css + '__input');
      radio.type = several ? 'checkbox' : 'radio';
      radio.name = id;
      radio.value = option.value;
      radio.id = n === 0 ? id : id + '-' + n;
      var label = el('label', 'govuk-label ' + css + '__label', option.label);
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

export function readInputs(form, prefix, inputs) {
  var values = {};
  inputs.forEach(function (input) {
    var id = prefix + '-' + input.id;
    if (input.kind === 'choice') {
      var chosen = form.querySelector('input[name="' + id + '"]:checked');
      if (chosen) { values[input.id] = chosen.value; }
    } else if (input.kind === 'choices') {
      var ticked = Array.prototype.map.call(form.querySelectorAll('input[name="' + id + '"]:checked'),
        function (box) { return box.value; });
      if (ticked.length) { values[input.id] = ticked.join(','); }
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
export function showRefusal(form, prefix, message, inputId) {
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

