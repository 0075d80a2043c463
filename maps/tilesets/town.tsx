<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.10" tiledversion="1.10.2" name="town" tilewidth="64" tileheight="64" tilecount="128" columns="16">
 <image source="town.png" width="1024" height="512"/>
 <tile id="0">
  <properties>
   <property name="name" value="grass"/>
   <property name="surface" value="grass"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="name" value="grass_flowers"/>
   <property name="surface" value="grass"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="name" value="grass_tuft"/>
   <property name="surface" value="grass"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="name" value="water"/>
   <property name="surface" value="water"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="name" value="sand"/>
   <property name="surface" value="grass"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="name" value="sidewalk"/>
   <property name="surface" value="sidewalk"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="name" value="sidewalk_kerb_n"/>
   <property name="surface" value="sidewalk"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="name" value="sidewalk_kerb_e"/>
   <property name="surface" value="sidewalk"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="name" value="sidewalk_kerb_s"/>
   <property name="surface" value="sidewalk"/>
  </properties>
 </tile>
 <tile id="9">
  <properties>
   <property name="name" value="sidewalk_kerb_w"/>
   <property name="surface" value="sidewalk"/>
  </properties>
 </tile>
 <tile id="10">
  <properties>
   <property name="name" value="sidewalk_kerb_ne"/>
   <property name="surface" value="sidewalk"/>
  </properties>
 </tile>
 <tile id="11">
  <properties>
   <property name="name" value="sidewalk_kerb_se"/>
   <property name="surface" value="sidewalk"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="name" value="sidewalk_kerb_sw"/>
   <property name="surface" value="sidewalk"/>
  </properties>
 </tile>
 <tile id="13">
  <properties>
   <property name="name" value="sidewalk_kerb_nw"/>
   <property name="surface" value="sidewalk"/>
  </properties>
 </tile>
 <tile id="14">
  <properties>
   <property name="name" value="sidewalk_kerb_in_ne"/>
   <property name="surface" value="sidewalk"/>
  </properties>
 </tile>
 <tile id="15">
  <properties>
   <property name="name" value="sidewalk_kerb_in_se"/>
   <property name="surface" value="sidewalk"/>
  </properties>
 </tile>
 <tile id="16">
  <properties>
   <property name="name" value="sidewalk_kerb_in_sw"/>
   <property name="surface" value="sidewalk"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="name" value="sidewalk_kerb_in_nw"/>
   <property name="surface" value="sidewalk"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="name" value="sidewalk_curve_ne"/>
   <property name="surface" value="sidewalk"/>
  </properties>
 </tile>
 <tile id="19">
  <properties>
   <property name="name" value="sidewalk_curve_se"/>
   <property name="surface" value="sidewalk"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="name" value="sidewalk_curve_sw"/>
   <property name="surface" value="sidewalk"/>
  </properties>
 </tile>
 <tile id="21">
  <properties>
   <property name="name" value="sidewalk_curve_nw"/>
   <property name="surface" value="sidewalk"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="name" value="road"/>
   <property name="surface" value="road"/>
  </properties>
 </tile>
 <tile id="23">
  <properties>
   <property name="name" value="parking"/>
   <property name="surface" value="parking"/>
  </properties>
 </tile>
 <tile id="24">
  <properties>
   <property name="name" value="zebra_ns"/>
   <property name="surface" value="crossing"/>
  </properties>
 </tile>
 <tile id="25">
  <properties>
   <property name="name" value="zebra_ew"/>
   <property name="surface" value="crossing"/>
  </properties>
 </tile>
 <tile id="26">
  <properties>
   <property name="name" value="crossing_plain"/>
   <property name="surface" value="crossing"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="name" value="mark_dash_n"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="name" value="mark_dash_e"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="name" value="mark_dash_s"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="name" value="mark_dash_w"/>
  </properties>
 </tile>
 <tile id="31">
  <properties>
   <property name="name" value="mark_solid_n"/>
  </properties>
 </tile>
 <tile id="32">
  <properties>
   <property name="name" value="mark_solid_e"/>
  </properties>
 </tile>
 <tile id="33">
  <properties>
   <property name="name" value="mark_solid_s"/>
  </properties>
 </tile>
 <tile id="34">
  <properties>
   <property name="name" value="mark_solid_w"/>
  </properties>
 </tile>
 <tile id="35">
  <properties>
   <property name="name" value="mark_stop_n"/>
  </properties>
 </tile>
 <tile id="36">
  <properties>
   <property name="name" value="mark_stop_e"/>
  </properties>
 </tile>
 <tile id="37">
  <properties>
   <property name="name" value="mark_stop_s"/>
  </properties>
 </tile>
 <tile id="38">
  <properties>
   <property name="name" value="mark_stop_w"/>
  </properties>
 </tile>
 <tile id="39">
  <properties>
   <property name="name" value="mark_yield_n"/>
  </properties>
 </tile>
 <tile id="40">
  <properties>
   <property name="name" value="mark_yield_e"/>
  </properties>
 </tile>
 <tile id="41">
  <properties>
   <property name="name" value="mark_yield_s"/>
  </properties>
 </tile>
 <tile id="42">
  <properties>
   <property name="name" value="mark_yield_w"/>
  </properties>
 </tile>
 <tile id="43">
  <properties>
   <property name="name" value="mark_arrow_straight_n"/>
  </properties>
 </tile>
 <tile id="44">
  <properties>
   <property name="name" value="mark_arrow_straight_e"/>
  </properties>
 </tile>
 <tile id="45">
  <properties>
   <property name="name" value="mark_arrow_straight_s"/>
  </properties>
 </tile>
 <tile id="46">
  <properties>
   <property name="name" value="mark_arrow_straight_w"/>
  </properties>
 </tile>
 <tile id="47">
  <properties>
   <property name="name" value="mark_arrow_left_n"/>
  </properties>
 </tile>
 <tile id="48">
  <properties>
   <property name="name" value="mark_arrow_left_e"/>
  </properties>
 </tile>
 <tile id="49">
  <properties>
   <property name="name" value="mark_arrow_left_s"/>
  </properties>
 </tile>
 <tile id="50">
  <properties>
   <property name="name" value="mark_arrow_left_w"/>
  </properties>
 </tile>
 <tile id="51">
  <properties>
   <property name="name" value="mark_arrow_right_n"/>
  </properties>
 </tile>
 <tile id="52">
  <properties>
   <property name="name" value="mark_arrow_right_e"/>
  </properties>
 </tile>
 <tile id="53">
  <properties>
   <property name="name" value="mark_arrow_right_s"/>
  </properties>
 </tile>
 <tile id="54">
  <properties>
   <property name="name" value="mark_arrow_right_w"/>
  </properties>
 </tile>
 <tile id="55">
  <properties>
   <property name="name" value="mark_arrow_straight_left_n"/>
  </properties>
 </tile>
 <tile id="56">
  <properties>
   <property name="name" value="mark_arrow_straight_left_e"/>
  </properties>
 </tile>
 <tile id="57">
  <properties>
   <property name="name" value="mark_arrow_straight_left_s"/>
  </properties>
 </tile>
 <tile id="58">
  <properties>
   <property name="name" value="mark_arrow_straight_left_w"/>
  </properties>
 </tile>
 <tile id="59">
  <properties>
   <property name="name" value="mark_arrow_straight_right_n"/>
  </properties>
 </tile>
 <tile id="60">
  <properties>
   <property name="name" value="mark_arrow_straight_right_e"/>
  </properties>
 </tile>
 <tile id="61">
  <properties>
   <property name="name" value="mark_arrow_straight_right_s"/>
  </properties>
 </tile>
 <tile id="62">
  <properties>
   <property name="name" value="mark_arrow_straight_right_w"/>
  </properties>
 </tile>
 <tile id="63">
  <properties>
   <property name="name" value="mark_arrow_uturn_n"/>
  </properties>
 </tile>
 <tile id="64">
  <properties>
   <property name="name" value="mark_arrow_uturn_e"/>
  </properties>
 </tile>
 <tile id="65">
  <properties>
   <property name="name" value="mark_arrow_uturn_s"/>
  </properties>
 </tile>
 <tile id="66">
  <properties>
   <property name="name" value="mark_arrow_uturn_w"/>
  </properties>
 </tile>
 <tile id="67">
  <properties>
   <property name="name" value="mark_bay_n"/>
  </properties>
 </tile>
 <tile id="68">
  <properties>
   <property name="name" value="mark_bay_e"/>
  </properties>
 </tile>
 <tile id="69">
  <properties>
   <property name="name" value="mark_bay_s"/>
  </properties>
 </tile>
 <tile id="70">
  <properties>
   <property name="name" value="mark_bay_w"/>
  </properties>
 </tile>
 <tile id="71">
  <properties>
   <property name="name" value="mark_edge_n"/>
  </properties>
 </tile>
 <tile id="72">
  <properties>
   <property name="name" value="mark_edge_e"/>
  </properties>
 </tile>
 <tile id="73">
  <properties>
   <property name="name" value="mark_edge_s"/>
  </properties>
 </tile>
 <tile id="74">
  <properties>
   <property name="name" value="mark_edge_w"/>
  </properties>
 </tile>
 <tile id="75">
  <properties>
   <property name="name" value="house_red_nw"/>
   <property name="surface" value="building"/>
  </properties>
 </tile>
 <tile id="76">
  <properties>
   <property name="name" value="house_red_ne"/>
   <property name="surface" value="building"/>
  </properties>
 </tile>
 <tile id="77">
  <properties>
   <property name="name" value="house_red_sw"/>
   <property name="surface" value="building"/>
  </properties>
 </tile>
 <tile id="78">
  <properties>
   <property name="name" value="house_red_se"/>
   <property name="surface" value="building"/>
  </properties>
 </tile>
 <tile id="79">
  <properties>
   <property name="name" value="house_blue_nw"/>
   <property name="surface" value="building"/>
  </properties>
 </tile>
 <tile id="80">
  <properties>
   <property name="name" value="house_blue_ne"/>
   <property name="surface" value="building"/>
  </properties>
 </tile>
 <tile id="81">
  <properties>
   <property name="name" value="house_blue_sw"/>
   <property name="surface" value="building"/>
  </properties>
 </tile>
 <tile id="82">
  <properties>
   <property name="name" value="house_blue_se"/>
   <property name="surface" value="building"/>
  </properties>
 </tile>
 <tile id="83">
  <properties>
   <property name="name" value="house_yellow_nw"/>
   <property name="surface" value="building"/>
  </properties>
 </tile>
 <tile id="84">
  <properties>
   <property name="name" value="house_yellow_ne"/>
   <property name="surface" value="building"/>
  </properties>
 </tile>
 <tile id="85">
  <properties>
   <property name="name" value="house_yellow_sw"/>
   <property name="surface" value="building"/>
  </properties>
 </tile>
 <tile id="86">
  <properties>
   <property name="name" value="house_yellow_se"/>
   <property name="surface" value="building"/>
  </properties>
 </tile>
 <tile id="87">
  <properties>
   <property name="name" value="shop_nw"/>
   <property name="surface" value="building"/>
  </properties>
 </tile>
 <tile id="88">
  <properties>
   <property name="name" value="shop_ne"/>
   <property name="surface" value="building"/>
  </properties>
 </tile>
 <tile id="89">
  <properties>
   <property name="name" value="shop_sw"/>
   <property name="surface" value="building"/>
  </properties>
 </tile>
 <tile id="90">
  <properties>
   <property name="name" value="shop_se"/>
   <property name="surface" value="building"/>
  </properties>
 </tile>
 <tile id="91">
  <properties>
   <property name="name" value="school_r0c0"/>
   <property name="surface" value="building"/>
  </properties>
 </tile>
 <tile id="92">
  <properties>
   <property name="name" value="school_r0c1"/>
   <property name="surface" value="building"/>
  </properties>
 </tile>
 <tile id="93">
  <properties>
   <property name="name" value="school_r0c2"/>
   <property name="surface" value="building"/>
  </properties>
 </tile>
 <tile id="94">
  <properties>
   <property name="name" value="school_r1c0"/>
   <property name="surface" value="building"/>
  </properties>
 </tile>
 <tile id="95">
  <properties>
   <property name="name" value="school_r1c1"/>
   <property name="surface" value="building"/>
  </properties>
 </tile>
 <tile id="96">
  <properties>
   <property name="name" value="school_r1c2"/>
   <property name="surface" value="building"/>
  </properties>
 </tile>
 <tile id="97">
  <properties>
   <property name="name" value="police_r0c0"/>
   <property name="surface" value="building"/>
  </properties>
 </tile>
 <tile id="98">
  <properties>
   <property name="name" value="police_r0c1"/>
   <property name="surface" value="building"/>
  </properties>
 </tile>
 <tile id="99">
  <properties>
   <property name="name" value="police_r0c2"/>
   <property name="surface" value="building"/>
  </properties>
 </tile>
 <tile id="100">
  <properties>
   <property name="name" value="police_r1c0"/>
   <property name="surface" value="building"/>
  </properties>
 </tile>
 <tile id="101">
  <properties>
   <property name="name" value="police_r1c1"/>
   <property name="surface" value="building"/>
  </properties>
 </tile>
 <tile id="102">
  <properties>
   <property name="name" value="police_r1c2"/>
   <property name="surface" value="building"/>
  </properties>
 </tile>
 <tile id="103">
  <properties>
   <property name="name" value="island_nw"/>
   <property name="surface" value="barrier"/>
  </properties>
 </tile>
 <tile id="104">
  <properties>
   <property name="name" value="island_ne"/>
   <property name="surface" value="barrier"/>
  </properties>
 </tile>
 <tile id="105">
  <properties>
   <property name="name" value="island_sw"/>
   <property name="surface" value="barrier"/>
  </properties>
 </tile>
 <tile id="106">
  <properties>
   <property name="name" value="island_se"/>
   <property name="surface" value="barrier"/>
  </properties>
 </tile>
 <tile id="107">
  <properties>
   <property name="name" value="tree"/>
   <property name="surface" value="barrier"/>
  </properties>
 </tile>
 <tile id="108">
  <properties>
   <property name="name" value="tree_small"/>
   <property name="surface" value="barrier"/>
  </properties>
 </tile>
 <tile id="109">
  <properties>
   <property name="name" value="bush"/>
   <property name="surface" value="grass"/>
  </properties>
 </tile>
 <tile id="110">
  <properties>
   <property name="name" value="flowerbed"/>
   <property name="surface" value="grass"/>
  </properties>
 </tile>
 <tile id="111">
  <properties>
   <property name="name" value="cone"/>
   <property name="surface" value="barrier"/>
  </properties>
 </tile>
 <tile id="112">
  <properties>
   <property name="name" value="barrier_h"/>
   <property name="surface" value="barrier"/>
  </properties>
 </tile>
 <tile id="113">
  <properties>
   <property name="name" value="barrier_v"/>
   <property name="surface" value="barrier"/>
  </properties>
 </tile>
 <tile id="114">
  <properties>
   <property name="name" value="bench"/>
   <property name="surface" value="sidewalk"/>
  </properties>
 </tile>
 <tile id="115">
  <properties>
   <property name="name" value="lamp"/>
   <property name="surface" value="sidewalk"/>
  </properties>
 </tile>
 <tile id="116">
  <properties>
   <property name="name" value="tree_overlay"/>
   <property name="surface" value="barrier"/>
  </properties>
 </tile>
 <tile id="117">
  <properties>
   <property name="name" value="tree_small_overlay"/>
   <property name="surface" value="barrier"/>
  </properties>
 </tile>
 <tile id="118">
  <properties>
   <property name="name" value="bush_overlay"/>
  </properties>
 </tile>
 <tile id="119">
  <properties>
   <property name="name" value="flowerbed_overlay"/>
  </properties>
 </tile>
 <tile id="120">
  <properties>
   <property name="name" value="cone_overlay"/>
   <property name="surface" value="barrier"/>
  </properties>
 </tile>
 <tile id="121">
  <properties>
   <property name="name" value="barrier_h_overlay"/>
   <property name="surface" value="barrier"/>
  </properties>
 </tile>
 <tile id="122">
  <properties>
   <property name="name" value="barrier_v_overlay"/>
   <property name="surface" value="barrier"/>
  </properties>
 </tile>
 <tile id="123">
  <properties>
   <property name="name" value="bench_overlay"/>
  </properties>
 </tile>
 <tile id="124">
  <properties>
   <property name="name" value="lamp_overlay"/>
  </properties>
 </tile>
 <tile id="125">
  <properties>
   <property name="name" value="mark_parking_p"/>
  </properties>
 </tile>
</tileset>
