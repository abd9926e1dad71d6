extension HTMLCatalogue {
  /// The page's styles: readable on a phone (one column, full-width controls), two columns of
  /// filters and facets on wider screens, dark colours when the system asks, and a print
  /// style without the controls, with every case unfolded and link addresses written out.
  static let style = """
    :root { color-scheme: light dark; --text: #1b1b1b; --muted: #555; --page: #fff; --panel: #f3f4f6; --accent: #0b57d0; --line: #d0d4da; }
    @media (prefers-color-scheme: dark) {
      :root { --text: #e8e8e8; --muted: #b0b0b0; --page: #121212; --panel: #1f2227; --accent: #8ab4f8; --line: #3a3f47; }
    }
    * { box-sizing: border-box; }
    body { margin: 0 auto; max-width: 60rem; padding: 1rem; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text); background: var(--page); }
    a { color: var(--accent); }
    a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
    .skip { position: absolute; left: -100vw; }
    .skip:focus { position: static; }
    h1 { margin: 0.5rem 0; font-size: 1.8rem; line-height: 1.2; }
    h2 { margin: 0 0 0.25rem; font-size: 1.3rem; line-height: 1.3; }
    h3 { margin: 1.25rem 0 0.25rem; font-size: 1.05rem; }
    form { display: grid; grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); gap: 0.75rem; align-items: end; padding: 1rem; border-radius: 0.5rem; background: var(--panel); }
    form[hidden] { display: none; }
    .field { display: flex; flex-direction: column; gap: 0.25rem; }
    label { font-weight: 600; }
    input, select, button { width: 100%; min-height: 2.75rem; padding: 0.4rem 0.6rem; font: inherit; color: inherit; background: var(--page); border: 1px solid var(--line); border-radius: 0.375rem; }
    button { cursor: pointer; font-weight: 600; }
    #status { color: var(--muted); }
    article { padding: 1rem 0 1.5rem; border-top: 1px solid var(--line); overflow-wrap: anywhere; }
    article[hidden] { display: none; }
    .meta { margin: 0; color: var(--muted); }
    dl.facets { display: grid; grid-template-columns: 1fr; gap: 0.25rem 1rem; margin: 0.75rem 0; }
    dl.facets div { display: flex; flex-direction: column; }
    dt { font-weight: 600; }
    dd { margin: 0; }
    @media (min-width: 40rem) {
      dl.facets { grid-template-columns: repeat(2, 1fr); }
    }
    summary { cursor: pointer; font-weight: 600; color: var(--accent); min-height: 2.75rem; display: flex; align-items: center; }
    footer { margin-top: 2rem; color: var(--muted); border-top: 1px solid var(--line); }
    @media print {
      body { max-width: none; padding: 0; font-size: 10.5pt; color: #000; background: #fff; }
      .skip, form, #status, #empty, footer, summary { display: none; }
      article { break-inside: auto; border-top: 1px solid #999; }
      h2, h3 { break-after: avoid; }
      a { color: #000; }
      a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 0.85em; overflow-wrap: anywhere; }
    }

    """

  /// The page's behaviour: the filters and the search box hide the cases that do not match
  /// (every word of the search must appear, whatever its case and accents), say how many
  /// are shown, and keep the choice in the address (`#q=words&topic=id`, read when the page
  /// opens and when the address changes) so that it can be shared; before printing, every case is unfolded.
  static let script = """
    (function () {
      'use strict';
      var form = document.getElementById('filters');
      var status = document.getElementById('status');
      var empty = document.getElementById('empty');
      var articles = Array.prototype.slice.call(document.querySelectorAll('#results > article'));
      var names = ['q', 'topic', 'country', 'method'];
      function fold(text) {
        return text.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase();
      }
      var texts = articles.map(function (article) { return fold(article.textContent); });
      function has(article, key, value) {
        return !value || article.getAttribute('data-' + key).split(' ').indexOf(value) >= 0;
      }
      function apply() {
        var fields = form.elements;
        var words = fold(fields.q.value).split(/\\s+/).filter(Boolean);
        var shown = 0;
        articles.forEach(function (article, index) {
          var matches = has(article, 'topics', fields.topic.value) && has(article, 'countries', fields.country.value)
            && has(article, 'methods', fields.method.value)
            && words.every(function (word) { return texts[index].indexOf(word) >= 0; });
          article.hidden = !matches;
          if (matches) { shown += 1; }
        });
        var total = articles.length;
        var noun = total === 1 ? ' case study' : ' case studies';
        status.textContent = shown === total ? total + noun : shown + ' of ' + total + noun + ' shown';
        empty.hidden = shown > 0;
        var params = new URLSearchParams();
        names.forEach(function (name) { if (fields[name].value) { params.set(name, fields[name].value); } });
        var hash = params.toString();
        history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
      }
      function read() {
        var hash = location.hash.slice(1);
        if (hash.indexOf('=') < 0) { return; }
        var params = new URLSearchParams(hash);
        names.forEach(function (name) {
          var field = form.elements[name];
          var value = params.get(name) || '';
          if (field.tagName !== 'SELECT' || field.querySelector('option[value="' + CSS.escape(value) + '"]')) {
            field.value = value;
          }
        });
        apply();
      }
      form.hidden = false;
      window.addEventListener('hashchange', read);
      form.addEventListener('input', apply);
      form.addEventListener('change', apply);
      form.addEventListener('submit', function (event) { event.preventDefault(); });
      form.addEventListener('reset', function () { setTimeout(apply, 0); });
      var folded = [];
      window.addEventListener('beforeprint', function () {
        folded = Array.prototype.filter.call(document.querySelectorAll('details'), function (details) { return !details.open; });
        folded.forEach(function (details) { details.open = true; });
      });
      window.addEventListener('afterprint', function () {
        folded.forEach(function (details) { details.open = false; });
      });
      apply();
      read();
    })();

    """
}
