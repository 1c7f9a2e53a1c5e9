#pragma once

// Marks a literal for Qt Linguist without making core depend on Qt. lupdate reads core's
// sources with VMSCOPE_TRANSLATABLE as an alias of QT_TRANSLATE_NOOP (app/gui/CMakeLists.txt);
// the GUI looks the text up under the same context with QCoreApplication::translate, and the
// CLI prints it as written.
#define VMSCOPE_TRANSLATABLE(context, text) text
