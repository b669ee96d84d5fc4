"""Subset Liberation Sans 2 into src/report/fonts/ (see src/report/fonts/README.md)."""
from fontTools import subset
from fontTools.ttLib import TTFont

SOURCE = '/usr/share/fonts/truetype/liberation2/LiberationSans-{}.ttf'
# Basic Latin, Latin-1, Latin Extended-A and -B, general punctuation, and a few symbols the report uses.
RANGES = (
    list(range(0x20, 0x7F))
    + list(range(0xA0, 0x250))
    + list(range(0x2000, 0x206F))
    + [0x20AC, 0x2122, 0x2212, 0x2190, 0x2192, 0x2264, 0x2265, 0x2116, 0x25A0, 0x25A1, 0x25C6, 0x25CF]
)

for style in ['Regular', 'Bold']:
    font = TTFont(SOURCE.format(style))
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ['*']
    options.notdef_outline = True
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=RANGES)
    subsetter.subset(font)
    # "Liberation" is a Reserved Font Name under the OFL: a modified version must not use it.
    for record in font['name'].names:
        try:
            text = record.toUnicode()
        except UnicodeDecodeError:
            continue
        if 'Liberation' in text:
            record.string = (
                text.replace('LiberationSans', 'ReportSans')
                .replace('Liberation Sans', 'Report Sans')
                .replace('Liberation', 'Report')
            )
    font.save(f'src/report/fonts/ReportSans-{style}.ttf')

# The characters the subset covers, as [first, last] ranges, for the PDF code's fallback.
import json

codes = sorted(TTFont('src/report/fonts/ReportSans-Regular.ttf').getBestCmap().keys())
ranges = []
for c in codes:
    if ranges and ranges[-1][1] == c - 1:
        ranges[-1][1] = c
    else:
        ranges.append([c, c])
with open('src/report/fonts/coverage.json', 'w') as out:
    json.dump(ranges, out)
