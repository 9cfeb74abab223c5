// The desk's editor, made a little better when JavaScript runs: the word count, the reading
// time and the headline's length follow the typing. Everything here is optional; the form
// works without it. Counting follows the server's rule (org.kiosque.desk.ReadingTime): a word
// is a run of letters or digits.
//
// The form carries data-desk-editor, data-article-id, data-base-revision,
// data-autosave-url, data-presence-url and data-heartbeat-ms; the autosave and the heartbeat
// below read them.
(function () {
  'use strict';
  var form = document.querySelector('form[data-desk-editor]');
  if (!form) {
    return;
  }
  var perMinute = parseInt(form.getAttribute('data-words-per-minute'), 10) || 200;
  var lang = document.documentElement.lang === 'en' ? 'en' : 'fr';
  var word = /[\p{L}\p{N}]+/gu;

  function count(text) {
    var found = text.match(word);
    return found ? found.length : 0;
  }

  function wordsLine(words) {
    var minutes = Math.ceil(words / perMinute);
    var n = words.toLocaleString(lang === 'en' ? 'en-GB' : 'fr-FR');
    return lang === 'en' ? n + ' words · ' + minutes + ' min read'
      : n + ' mots · ' + minutes + ' min de lecture';
  }

  function headlineLine(length) {
    return lang === 'en' ? 'Headline: ' + length + ' characters'
      : 'Titre : ' + length + ' caractères';
  }

  var body = form.querySelector('[name=body]');
  var standfirst = form.querySelector('[name=standfirst]');
  var headline = form.querySelector('[name=headline]');
  var words = form.querySelector('[data-words]');
  var headlineLength = form.querySelector('[data-headline-length]');

  function update() {
    if (words && body && standfirst) {
      words.textContent = wordsLine(count(standfirst.value) + count(body.value));
    }
    if (headlineLength && headline) {
      headlineLength.textContent = headlineLine(Array.from(headline.value.trim()).length);
    }
  }

  form.addEventListener('input', update);
}());

// Never lose a word. Every few seconds, when the text changed, the form goes to the
// server's autosave of this editor and article (data-autosave-url, with the form's CSRF
// token) and into this browser's storage. On opening the editor, a stored copy that
// differs from the form is offered back. An autosave answered 401, 403 or by a redirect
// (the session ended) keeps the text here and asks to sign in again; the sign-in link
// leads back to this editor, where the text is offered back.
(function () {
  'use strict';
  var form = document.querySelector('form[data-desk-editor]');
  if (!form || !form.getAttribute('data-autosave-url')) {
    return;
  }
  var url = form.getAttribute('data-autosave-url');
  var storageKey = 'kiosque-desk:' + url;
  var every = 5000;
  var fields = ['headline', 'standfirst', 'body', 'section', 'tags', 'byline', 'source', 'slug', 'description'];
  var offer = document.querySelector('[data-local-offer]');
  var expired = document.querySelector('[data-expired]');
  var lastSent = null;

  function text() {
    var values = {};
    fields.forEach(function (name) {
      var field = form.elements[name];
      values[name] = field ? field.value : '';
    });
    return values;
  }

  function same(a, b) {
    return fields.every(function (name) {
      return (a[name] || '').replace(/\r\n/g, '\n').trim() === (b[name] || '').replace(/\r\n/g, '\n').trim();
    });
  }

  function store() {
    try {
      localStorage.setItem(storageKey, JSON.stringify({ text: text(), at: Date.now(),
        baseRevision: form.elements.baseRevision ? form.elements.baseRevision.value : '' }));
    } catch (e) {
      // Storage full or refused (private mode): the server's autosave remains.
    }
  }

  function stored() {
    try {
      var kept = JSON.parse(localStorage.getItem(storageKey) || 'null');
      return kept && kept.text ? kept : null;
    } catch (e) {
      return null;
    }
  }

  function forget(key) {
    try {
      localStorage.removeItem(key);
    } catch (e) {
      // Nothing kept.
    }
  }

  // The copy a save came from. A new article's copy is kept under the new article's
  // address, but its save lands on the article's own editor: this tab remembers which copy
  // it posted (sessionStorage lives as long as the tab), so that the page after a save drops
  // that one, and an editor opened on a new article next time is not offered the last one.
  var postedKey = 'kiosque-desk:posted';

  function posted() {
    try {
      var key = sessionStorage.getItem(postedKey);
      sessionStorage.removeItem(postedKey);
      return key;
    } catch (e) {
      return null;
    }
  }

  function sessionEnded() {
    if (expired) {
      expired.hidden = false;
    }
  }

  function autosave() {
    var now = text();
    if (lastSent && same(lastSent, now)) {
      return;
    }
    store();
    var body = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (name !== 'action' && typeof value === 'string') {
        body.append(name, value);
      }
    });
    fetch(url, { method: 'POST', body: body, credentials: 'same-origin', redirect: 'manual',
      headers: { 'Accept': 'application/json' } })
      .then(function (answer) {
        if (answer.type === 'opaqueredirect' || answer.status === 401 || answer.status === 403) {
          sessionEnded();
        } else if (answer.ok) {
          lastSent = now;
        }
      })
      .catch(function () {
        // Offline: the copy in this browser is kept; the next round tries again.
      });
  }

  // The page after a save shows what was saved: the stored copy is no longer needed. Any
  // other page (a form refused, a conflict) keeps it.
  var postedFrom = posted();
  if (/[?&]done=/.test(window.location.search)) {
    forget(storageKey);
    if (postedFrom && postedFrom.indexOf('kiosque-desk:') === 0) {
      forget(postedFrom);
    }
  }
  var kept = stored();
  if (kept && offer && !same(kept.text, text())) {
    offer.hidden = false;
    offer.querySelector('[data-local-take]').addEventListener('click', function () {
      fields.forEach(function (name) {
        if (form.elements[name] && kept.text[name] !== undefined) {
          form.elements[name].value = kept.text[name];
        }
      });
      offer.hidden = true;
      form.dispatchEvent(new Event('input'));
    });
    offer.querySelector('[data-local-drop]').addEventListener('click', function () {
      forget(storageKey);
      offer.hidden = true;
    });
  }
  lastSent = text();
  form.addEventListener('input', store);
  form.addEventListener('submit', function () {
    store();
    try {
      sessionStorage.setItem(postedKey, storageKey);
    } catch (e) {
      // Without it the copy stays until dropped by hand: a word kept rather than lost.
    }
  });
  window.setInterval(autosave, every);
}());

// Who else has the article open: a heartbeat every data-heartbeat-ms (kiosque.desk.heartbeat,
// 20 seconds by default; org.kiosque.desk.Presence)
// while the editor is open. It answers the line naming the others (200, text) or nothing
// (204, alone), which replaces the one the page was opened with: someone who opens the
// article later is named here too, and someone who left stops being named.
(function () {
  'use strict';
  var form = document.querySelector('form[data-desk-editor]');
  var url = form && form.getAttribute('data-presence-url');
  if (!url) {
    return;
  }
  var token = form.elements._csrf ? form.elements._csrf.value : '';
  var shown = document.querySelector('[data-presence]');
  var every = parseInt(form.getAttribute('data-heartbeat-ms'), 10) || 20000;

  function show(line) {
    if (shown) {
      shown.textContent = line;
      shown.hidden = line === '';
    }
  }

  window.setInterval(function () {
    var body = new URLSearchParams();
    body.append('_csrf', token);
    fetch(url, { method: 'POST', body: body, credentials: 'same-origin', redirect: 'manual' })
      .then(function (answer) {
        if (answer.status === 204) {
          show('');
        } else if (answer.status === 200) {
          return answer.text().then(show);
        }
        // Anything else (the session ended): the line stays as it was.
      })
      .catch(function () {
        // A heartbeat missed is no loss.
      });
  }, every);
}());
