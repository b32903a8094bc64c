# One INTERFACE target carries every compiler setting; each Hookboard target links it,
# so warnings and language level are decided here and nowhere else.
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

add_library(hookboard_settings INTERFACE)
target_compile_features(hookboard_settings INTERFACE cxx_std_20)
target_compile_options(hookboard_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wformat=2 -Wimplicit-fallthrough
    $<$<BOOL:${HOOKBOARD_WERROR}>:-Werror>)
target_compile_definitions(hookboard_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    HOOKBOARD_VERSION="${PROJECT_VERSION}")

# HOOKBOARD_SANITIZE=address,undefined (or thread): every Hookboard target is built and linked with
# those sanitizers; undefined behaviour aborts instead of printing and carrying on.
if(HOOKBOARD_SANITIZE)
    target_compile_options(hookboard_settings INTERFACE
        -fsanitize=${HOOKBOARD_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    target_link_options(hookboard_settings INTERFACE -fsanitize=${HOOKBOARD_SANITIZE})
endif()
