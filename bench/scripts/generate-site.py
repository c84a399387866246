#!/usr/bin/env python3
"""Writes COUNT static pages of about 20 KB (a Hugo-like tree, 100 pages a folder) for the P2 benchmark."""
import os
import sys

def main() -> None:
    if len(sys.argv) != 3:
        sys.exit("usage: generate-site.py DIR COUNT")
    root, count = sys.argv[1], int(sys.argv[2])
    paragraph = "<p>京华示例科技的静态站点页面，用于测量 icp-badge inject 的速度。The quick brown fox jumps over the lazy dog. 0123456789</p>\n"
    body = paragraph * 130  # about 20 KB with the surrounding markup
    for i in range(count):
        folder = os.path.join(root, f"section-{i // 100:03d}", f"post-{i:05d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "index.html"), "w", encoding="utf-8", newline="\n") as page:
            page.write(
                "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                f"<title>文章 {i} - 京华示例科技</title>\n<link rel=\"stylesheet\" href=\"/css/site.css\">\n</head>\n<body>\n"
                f"<header><h1>文章 {i}</h1></header>\n<main>\n{body}</main>\n"
                "<footer class=\"site-footer\"><p>联系我们</p></footer>\n"
                "<script>console.log('</footer>')</script>\n</body>\n</html>\n")

if __name__ == "__main__":
    main()
