/*
 * <reportparser-view>: draws a ReportParser check result (the JSON contract returned by POST /api/check) as the
 * report's tables with the cells of each finding highlighted, and the findings beside them. The HTML comes from the
 * service (POST /api/render), so the view is the same as the CLI's HTML report.
 *
 *   <script src="https://checker.example.gov.cn/reportparser-view.js"></script>
 *   <reportparser-view lang="zh"></reportparser-view>
 *   <script> document.querySelector('reportparser-view').result = jsonFromApiCheck; </script>
 *
 * Attributes: lang="zh|en" (messages), service="https://…/" (defaults to where this script came from),
 * api-key="…" (only for a service on the portal's own server side: see the README's proxy pattern; never put a real key
 * in a public page). Events: "reportparser:rendered" after each draw.
 *
 * The view lives in a shadow root: the page's CSS does not reach into it and its CSS (sent by /api/render) does not leak
 * out. Its elements are in element.shadowRoot; ::part(report) and ::part(findings) let a page lay it out.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var defaultService = script && script.src ? new URL('.', script.src).href : new URL('/', window.location.href).href;

  // The default layout: tables on the left, the findings beside them; a page can change it through ::part().
  var layout = '.report { display: grid; grid-template-columns: minmax(0, 1fr) minmax(260px, 380px); column-gap: 24px; align-items: start; }' +
    '.report > * { grid-column: 1; }' +
    '.report > .findings { grid-column: 2; grid-row: 1 / span 40; position: sticky; top: 8px; max-height: 95vh; overflow: auto; padding-left: 1.6em; border-left: 3px solid #eee; }' +
    ':host { display: block; }';

  function wire(root) {
    root.querySelectorAll('.finding').forEach(function (item) {
      function show() {
        var scope = item.closest('.report') || root;
        scope.querySelectorAll('td.focus').forEach(function (td) { td.classList.remove('focus'); });
        scope.querySelectorAll('.finding.active').forEach(function (li) { li.classList.remove('active'); });
        item.classList.add('active');
        var first = null;
        (item.getAttribute('data-cells') || '').split(' ').forEach(function (key) {
          if (!key) { return; }
          scope.querySelectorAll('td[data-key="' + key.replace(/"/g, '\\"') + '"]').forEach(function (td) {
            td.classList.add('focus');
            first = first || td;
          });
        });
        if (first && first.scrollIntoView) { first.scrollIntoView({ block: 'center', behavior: 'smooth' }); }
      }
      item.addEventListener('click', show);
      item.addEventListener('keydown', function (e) { if (e.key === 'Enter') { show(); } });
    });
  }

  class ReportParserView extends HTMLElement {
    static get observedAttributes() { return ['lang']; }

    get result() { return this._result; }

    set result(value) {
      this._result = value;
      this.render();
    }

    constructor() {
      super();
      this._root = this.attachShadow({ mode: 'open' });
    }

    attributeChangedCallback() {
      if (this._result) { this.render(); }
    }

    service() { return this.getAttribute('service') || defaultService; }

    render() {
      var self = this;
      var lang = this.getAttribute('lang') === 'en' ? 'en' : 'zh';
      var headers = { 'Content-Type': 'application/json' };
      if (this.getAttribute('api-key')) { headers['X-Api-Key'] = this.getAttribute('api-key'); }
      var body = typeof this._result === 'string' ? this._result : JSON.stringify(this._result);
      return fetch(new URL('api/render?lang=' + lang, this.service()).href, { method: 'POST', headers: headers, body: body })
        .then(function (response) {
          if (!response.ok) { throw new Error('render failed: HTTP ' + response.status); }
          return response.text();
        })
        .then(function (html) {
          self._root.innerHTML = '<style>' + layout + '</style>' + html;
          var report = self._root.querySelector('.report');
          if (report) { report.setAttribute('part', 'report'); }
          var findings = self._root.querySelector('.findings');
          if (findings) { findings.setAttribute('part', 'findings'); }
          wire(self._root);
          self.dispatchEvent(new CustomEvent('reportparser:rendered', { bubbles: true }));
        })
        .catch(function (error) {
          self._root.textContent = String(error);
        });
    }
  }

  if (!customElements.get('reportparser-view')) {
    customElements.define('reportparser-view', ReportParserView);
  }
})();
