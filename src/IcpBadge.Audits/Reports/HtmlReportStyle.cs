namespace IcpBadge.Audits.Reports;

/// <summary>The HTML report's stylesheet, inline: system fonts only (no web font request), A4 print rules.</summary>
internal static class HtmlReportStyle
{
    public const string Css = """
        :root{--red:#b3261e;--red-bg:#fdecea;--amber:#9a5b00;--amber-bg:#fff4e0;--violet:#5b3f99;--violet-bg:#f1ecfa;--blue:#1d5fa8;--green:#1e6b34;--green-bg:#e8f5ec;--ink:#1c1f24;--muted:#5d6470;--line:#dde1e6;--paper:#fff}
        *{box-sizing:border-box}
        body{margin:0;background:#f4f5f7;color:var(--ink);font:15px/1.55 -apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","Helvetica Neue",Arial,sans-serif}
        main{max-width:1120px;margin:0 auto;padding:28px 28px 48px;background:var(--paper);min-height:100vh}
        h1{font-size:26px;margin:0 0 4px}
        h2{font-size:19px;margin:36px 0 12px;padding-bottom:6px;border-bottom:2px solid var(--line)}
        h3{font-size:17px;margin:0}
        .meta{color:var(--muted);margin:0}
        .verdict{margin:18px 0 0;padding:14px 18px;border-radius:8px;font-size:18px;font-weight:600;border-left:8px solid}
        .verdict.bad{background:var(--red-bg);border-color:var(--red);color:var(--red)}
        .verdict.warn{background:var(--amber-bg);border-color:#e08a00;color:var(--amber)}
        .verdict.good{background:var(--green-bg);border-color:var(--green);color:var(--green)}
        .incomplete{margin:14px 0 0;padding:10px 16px;border:2px dashed var(--red);border-radius:8px;color:var(--red);font-weight:600}
        .tiles{display:grid;grid-template-columns:repeat(5,1fr);gap:12px;margin:18px 0 0}
        .tile{border:1px solid var(--line);border-radius:10px;padding:12px 14px;background:#fafbfc}
        .tile b{display:block;font-size:34px;line-height:1.1;font-variant-numeric:tabular-nums}
        .tile span{color:var(--muted);font-size:14px}
        .tile.hot-red{background:var(--red-bg);border-color:#f1b5b0}.tile.hot-red b{color:var(--red)}
        .tile.hot-amber{background:var(--amber-bg);border-color:#f3d19b}.tile.hot-amber b{color:var(--amber)}
        .tile.hot-violet{background:var(--violet-bg);border-color:#d5c8ef}.tile.hot-violet b{color:var(--violet)}
        .bar{margin:14px 0 0}
        .legend{display:flex;flex-wrap:wrap;gap:6px 16px;margin:6px 0 0;padding:0;list-style:none;color:var(--muted);font-size:13px}
        .legend .legend-title{font-weight:600}
        .legend i{display:inline-block;width:11px;height:11px;border-radius:3px;margin-right:5px;vertical-align:-1px}
        table{width:100%;border-collapse:collapse;font-size:14px}
        th,td{text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid var(--line)}
        th{background:#f6f7f9;font-weight:600;color:#3a404a}
        td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
        td.z{color:#b4b9c1}
        .badge{display:inline-block;padding:1px 8px;border-radius:999px;font-size:12.5px;font-weight:600;white-space:nowrap;border:1px solid transparent}
        .s-Overdue,.s-Error{background:var(--red-bg);color:var(--red);border-color:#f1b5b0}
        .s-Unreachable{background:var(--violet-bg);color:var(--violet);border-color:#d5c8ef}
        .s-DueSoon,.s-Warning{background:var(--amber-bg);color:var(--amber);border-color:#f3d19b}
        .s-Ok{background:var(--green-bg);color:var(--green);border-color:#b9dcc4}
        .site{margin:0 0 18px;padding:14px 16px;border:1px solid var(--line);border-left:6px solid var(--line);border-radius:8px}
        .site.k-Overdue,.site.k-Error{border-left-color:var(--red)}.site.k-Unreachable{border-left-color:var(--violet)}
        .site.k-DueSoon,.site.k-Warning{border-left-color:#e08a00}.site.k-Ok{border-left-color:var(--green)}
        .site header{display:flex;gap:10px;align-items:baseline;flex-wrap:wrap;margin-bottom:8px}
        .site h4{font-size:14px;margin:12px 0 4px;color:#3a404a}
        .id{color:var(--muted);font-size:13px}
        code,.url{font:12.5px/1.4 ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;word-break:break-all}
        .basis{color:var(--muted);font-size:12.5px}
        .changes{margin:0;padding-left:20px}
        .thumbs{display:flex;flex-wrap:wrap;gap:10px;margin:6px 0 0}
        figure{margin:0;max-width:320px}figure img{display:block;max-width:100%;border:1px solid var(--line);border-radius:4px}
        figcaption{font-size:12px;color:var(--muted);word-break:break-all}
        .ok-hash{color:var(--green)}.bad-hash{color:var(--red);font-weight:600}
        dl.run{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:0}dl.run dt{color:var(--muted)}dl.run dd{margin:0}
        .muted{color:var(--muted)}
        a{color:var(--blue)}
        svg text{font-family:inherit}
        @page{size:A4;margin:14mm 12mm}
        @media print{
          body{background:#fff;font-size:11pt}
          main{max-width:none;padding:0;min-height:0}
          *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
          .tiles{gap:6px}.tile b{font-size:24px}
          h2{break-after:avoid}
          .site,tr,figure{break-inside:avoid}
          a{color:inherit;text-decoration:none}
        }
        @media (max-width:760px){.tiles{grid-template-columns:repeat(2,1fr)}}
        """;
}
