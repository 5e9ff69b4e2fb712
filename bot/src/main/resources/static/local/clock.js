// Part of the local chat page (plain JavaScript modules, no build step). Everything from the server is
// inserted with textContent, never parsed as HTML, so nothing typed or stored can become markup.

import { getJson, postJson } from './api.js';
import { refreshCases } from './cases.js';

var clockSection = document.getElementById('clock-section');
var clockNow = document.getElementById('clock-now');
var clockStatus = document.getElementById('clock-status');

function showClock(json) {
  clockNow.textContent = json.today + ' (' + json.zone + ')'
    + (json.aheadByDays > 0 ? ', ' + json.aheadByDays + ' days ahead of the real date' : '');
}

export function loadClock() {
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
