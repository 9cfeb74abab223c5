// The desk's editor, made a little better when JavaScript runs: the word count, the reading
// time and the headline's length follow the typing. Everything here is optional; the form
// works without it. Counting follows the server's rule (org.kiosque.desk.ReadingTime): a word
// is a run of letters or digits.
//
// Hooks for what comes later (autosave, who else has the article open): the form carries
// data-desk-editor, data-article-id, data-base-revision, data-autosave-url and
// data-presence-url; a later script finds the form by [data-desk-editor] and reads them.
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
