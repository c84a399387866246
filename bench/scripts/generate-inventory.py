#!/usr/bin/env python3
"""Writes an inventory of COUNT sites spread over the 31 provinces for the P5 benchmark."""
import json
import sys

PROVINCES = [(11, "京", "京"), (12, "津", "津"), (13, "冀", "冀"), (14, "晋", "晋"), (15, "蒙", "蒙"), (21, "辽", "辽"), (22, "吉", "吉"),
             (23, "黑", "黑"), (31, "沪", "沪"), (32, "苏", "苏"), (33, "浙", "浙"), (34, "皖", "皖"), (35, "闽", "闽"), (36, "赣", "赣"),
             (37, "鲁", "鲁"), (41, "豫", "豫"), (42, "鄂", "鄂"), (43, "湘", "湘"), (44, "粤", "粤"), (45, "桂", "桂"), (46, "琼", "琼"),
             (50, "渝", "渝"), (51, "蜀", "川"), (52, "黔", "贵"), (53, "滇", "滇"), (54, "藏", "藏"), (61, "陕", "陕"), (62, "陇", "甘"),
             (63, "青", "青"), (64, "宁", "宁"), (65, "新", "新")]

def main() -> None:
    if len(sys.argv) != 3:
        sys.exit("usage: generate-inventory.py FILE COUNT")
    path, count = sys.argv[1], int(sys.argv[2])
    sites = []
    for i in range(count):
        code, icp, police = PROVINCES[i % len(PROVINCES)]
        month, day = 1 + i % 12, 1 + i % 28
        site = {
            "Site": {"Name": f"站点{i:05d}", "Domains": [f"site{i}.example.cn"], "LaunchedOn": f"2026-{month:02d}-{day:02d}"},
            "Icp": {"Number": f"{icp}ICP备{20000000 + i}号-1", "ApprovedOn": f"2026-{month:02d}-01"},
            "Copyright": {"Holder": f"示例公司{i}", "Since": 2020},
        }
        if i % 2 == 0:
            site["Police"] = {"Number": f"{police}公网安备{code}0105{i % 100:02d}{i:06d}号", "SubmittedOn": f"2026-{month:02d}-{day:02d}",
                              "ApprovedOn": f"2026-{month:02d}-{min(day + 5, 28):02d}"}
        if i % 7 == 0:
            site["Changes"] = [{"Filing": "Police", "EffectiveOn": "2026-12-15"}]
        sites.append(site)
    with open(path, "w", encoding="utf-8") as out:
        json.dump({"Sites": sites}, out, ensure_ascii=False)

if __name__ == "__main__":
    main()
